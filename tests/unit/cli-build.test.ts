import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

  it('exits 1 with a clear message when no file can be read, and writes nothing', () => {
    const out = join(tmp, 'x.json');
    const run = juku(['build', 'seeds/does-not-exist.txt', '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read file: seeds\/does-not-exist\.txt \(ENOENT\)/);
    expect(run.stderr).toMatch(/nothing could be built from 1 file\(s\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('goes on past files it cannot use, naming each and why, and builds from the rest', () => {
    const fake = join(tmp, '报告.docx');
    const junk = join(tmp, '数字.txt');
    const other = join(tmp, '照片.jpg');
    writeFileSync(fake, '并不是 docx');
    writeFileSync(junk, '1\n2\n3\n');
    writeFileSync(other, 'x');
    const out = join(tmp, 'batch.json');
    const run = juku(['build', seeds[0]!, fake, 'seeds/missing.txt', junk, other, seeds[1]!, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('「报告.docx」不是 .docx 文件：它实际上是纯文本文件');
    expect(run.stderr).toMatch(/missing\.txt \(ENOENT\)/);
    expect(run.stderr).toMatch(/照片\.jpg/);
    expect(run.stderr).toMatch(/数字\.txt: 没有可用的文字|数字\.txt: 没有找到可用的表述/);
    expect(run.stdout).toMatch(/3 of 6 files read/);
    const bank = BankFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(bank.phrases.length).toBeGreaterThan(100);
  });

  it('reads every format through the same readers: .doc, .wps, .pdf, .ofd, .docx and phrase lists; names a locked PDF', () => {
    const dir = 'tests/fixtures/formats';
    const out = join(tmp, 'formats.json');
    const files = ['zongjie.doc', 'qingshi.wps', 'changqi.pdf', 'zongjie.ofd', 'qingshi.docx', 'phrases.xlsx', 'src/phrases.csv', 'locked.pdf'].map((f) => join(dir, f));
    const run = juku(['build', ...files, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/locked\.pdf.*密码/);
    expect(run.stdout).toMatch(/7 of 8 files read/);
    const bank = BankFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const texts = bank.phrases.map((p) => p.text);
    expect(texts).toContain('统计数据质量稳步提升');
    expect(texts).toContain('扎实推进统计改革发展');
    // A list row the documents do not have keeps the section the list gives it.
    const listed = bank.phrases.find((p) => p.text === '究其原因，主要是思想认识还不够到位')!;
    expect(listed.role).toBe('cause');
    expect(listed.sources[0]).toMatch(/^phrases\.(xlsx|csv)$/);
    // Every file that was read is a source of something in the bank.
    const sources = new Set([...bank.phrases.flatMap((p) => p.sources), ...bank.skeletons.flatMap((s) => s.sources)]);
    for (const name of ['zongjie.doc', 'qingshi.wps', 'changqi.pdf', 'zongjie.ofd', 'qingshi.docx']) expect(sources).toContain(name);
    expect(bank.skeletons.some((s) => s.sources.includes('changqi.pdf'))).toBe(true);
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
