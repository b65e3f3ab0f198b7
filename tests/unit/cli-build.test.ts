import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BankFileSchema } from '../../lib/schema';

const ROOT = join(import.meta.dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('seeds', f));
const tmp = mkdtempSync(join(tmpdir(), 'juku-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const juku = (args: string[]) =>
  spawnSync('npx', ['tsx', 'lib/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('juku build', () => {
  const first = join(tmp, 'first.json');
  const second = join(tmp, 'second.json');

  it('builds a bank that BankFileSchema accepts', () => {
    const run = juku(['build', ...seeds, '-o', first]);
    expect(run.status).toBe(0);
    const bank = BankFileSchema.parse(JSON.parse(readFileSync(first, 'utf8')));
    expect(bank.phrases.length).toBeGreaterThan(500);
    expect(readFileSync(first, 'utf8')).toMatch(/\n$/);
    expect(readFileSync(first, 'utf8')).toMatch(/^\{"formatVersion":1,/);
  });

  it('is deterministic: a second build, files given in another order, is byte-identical', () => {
    expect(juku(['build', ...[...seeds].reverse(), '-o', second]).status).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('reproduces the committed assets/default-bank.json', () => {
    expect(readFileSync(join(ROOT, 'assets/default-bank.json'), 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it.each([[[]], [['frob']], [['build', 'a.txt']], [['build', 'a.txt', '--bogus', '-o', 'x.json']]])(
    'exits 2 with a usage line for %j',
    (args) => {
      const run = juku(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/用法 Usage: juku build/);
    },
  );

  it('exits 1 with a clear message for an unreadable file', () => {
    const run = juku(['build', 'seeds/does-not-exist.txt', '-o', join(tmp, 'x.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read file: seeds\/does-not-exist\.txt \(ENOENT\)/);
  });

  it('reads Markdown and CRLF documents', () => {
    const out = join(tmp, 'md.json');
    const md = join(tmp, 'report.md');
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(md)}, '\\uFEFF# 局长述职报告\\r\\n\\r\\n## 一、主要工作\\r\\n认真履行职责，坚持全面从严治党。\\r\\n## 二、下步打算\\r\\n下一步，继续加强学习，提高政治站位。\\r\\n')`]);
    expect(juku(['build', md, '-o', out]).status).toBe(0);
    const bank = BankFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(bank.phrases.map((p) => p.text)).toContain('认真履行职责，坚持全面从严治党');
    const skeleton = bank.skeletons.find((s) => s.sources.includes('report.md'));
    expect(skeleton?.docType).toBe('局长述职报告');
    expect(skeleton?.outline.map((n) => n.role)).toEqual(['work', 'plan']);
  });
});
