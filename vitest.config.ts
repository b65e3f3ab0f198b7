import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The end-to-end files written against the browser-agnostic Tab (tests/e2e/driver). */
const BOTH_BROWSERS = [
  'tests/e2e/editors.test.ts',
  'tests/e2e/contenteditable.test.ts',
  'tests/e2e/textarea.test.ts',
  'tests/e2e/pages.test.ts',
  'tests/e2e/palette.test.ts',
  'tests/e2e/field-tabbing.test.ts',
  'tests/e2e/check.test.ts',
  'tests/e2e/canvas-editors.test.ts',
  'tests/e2e/subscription-browsers.test.ts',
  'tests/e2e/editor-families.test.ts',
  'tests/e2e/document-wording.test.ts',
];

/** End-to-end tests in one browser with the built extension loaded (JUKU_BROWSER picks the driver). */
const e2e = (browser: 'chromium' | 'firefox', include: string[]) => ({
  test: {
    name: browser,
    include,
    environment: 'node' as const,
    env: { JUKU_BROWSER: browser },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: two cores, and each test owns its profile.
    fileParallelism: false,
    // One more try for a test that fails once: fifteen real editors each keep their own
    // timers (history steps, selection sync, renders) and on two shared cores one of
    // them now and then runs late (about one run in six of the editor files). A real
    // regression fails both tries.
    retry: 1,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});

// Three projects: fast unit tests in Node (pure logic, Dexie on fake-indexeddb, WXT's fake
// browser), and the end-to-end tests with the built extension in Chromium and in Firefox.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      e2e('chromium', ['tests/e2e/**/*.test.ts']),
      // The same editor tests in Firefox ESR. Only pages of the extension itself are
      // Chromium's alone (the bank manager and learning from documents run in an options
      // page, whose React code is the same in both) and the fixture pages' own checks.
      e2e('firefox', BOTH_BROWSERS),
      // The reliability suite (#15): faults, bad inputs, hostile pages and a long session in
      // Chromium with the built extension; the global setup adds up the cases' figures.
      {
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node' as const,
          // Service-worker requests reach the context's 'request' event (the request count).
          env: { JUKU_BROWSER: 'chromium', PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // No second try: a fault case that fails once is a fault not survived.
          retry: 0,
          globalSetup: ['tests/faults/global-setup.ts'],
        },
      },
    ],
  },
});
