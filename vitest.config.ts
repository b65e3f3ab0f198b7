import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests in Node (pure logic, Dexie on fake-indexeddb, WXT's fake
// browser), and end-to-end tests that drive Chromium with the built extension loaded.
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
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, and each test owns its profile.
          fileParallelism: false,
          // One more try for a test that fails once: fifteen real editors each keep their own
          // timers (history steps, selection sync, renders) and on two shared cores one of
          // them now and then runs late (about one run in six of the editor files). A real
          // regression fails both tries.
          retry: 1,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
