// The `juku suggest` contract on the shipped default bank: one JSON line in, one line out,
// in order, with the insertion fields a team's own tooling needs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function suggest(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli.ts', 'suggest', ...args], {
    input,
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

describe('juku suggest --jsonl', () => {
  it('answers every line, in order, with text/insert/replace/kind/score', () => {
    const input = [
      { before: '我们要增强“四个' },
      'this is not json',
      { before: '一是理论学习', headings: ['二、存在的主要问题'] },
      { before: '' },
    ]
      .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
      .join('\n');
    const { status, lines } = suggest(['--bank', 'assets/default-bank.json', '--jsonl', '--limit', '3'], input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    const [first, bad, problem, empty] = lines.map((line) => JSON.parse(line));
    expect(first.suggestions.length).toBeGreaterThan(0);
    expect(first.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of first.suggestions) {
      expect(Object.keys(s).sort()).toEqual(['insert', 'kind', 'replace', 'score', 'text']);
      // Applying a suggestion never duplicates the typed text: it continues it.
      const before = '我们要增强“四个';
      const after = before.slice(0, before.length - s.replace) + s.insert;
      expect(after.startsWith('我们要')).toBe(true);
      expect(after.endsWith(s.text.slice(s.text.length - s.insert.length))).toBe(true);
      if (s.text.startsWith('增强“四个')) expect(after).toBe(`我们要${s.text}`);
    }
    expect(first.suggestions[0].text.startsWith('增强“四个意识”')).toBe(true);
    expect(bad.error).toMatch(/invalid input line/);
    expect(problem.suggestions.length).toBeGreaterThan(0);
    expect(empty.suggestions).toEqual([]);
  });

  it('takes the document above the caret as `context` and marks its rows', () => {
    const context = '为推进“青禾计划”乡村数字助理培训工作，现将有关事项通知如下。';
    const input = [{ before: '要把“青禾计划”乡村数字', context }, { before: '要把“青禾计划”乡村数字' }].map((line) => JSON.stringify(line)).join('\n');
    const [withContext, without] = suggest(['--bank', 'assets/default-bank.json', '--jsonl', '--gate'], input).lines.map((line) => JSON.parse(line));
    expect(withContext.suggestions[0]).toMatchObject({ insert: '助理培训工作', source: 'document' });
    expect(without.suggestions.some((s: { source?: string }) => s.source)).toBe(false);
    const tooLong = suggest(['--bank', 'assets/default-bank.json', '--jsonl'], JSON.stringify({ before: '加强', context: '文'.repeat(20_001) }) + '\n');
    expect(JSON.parse(tooLong.lines[0]!).error).toMatch(/invalid input line/);
  });

  it('defaults to five suggestions', () => {
    const { lines } = suggest(['--bank', 'assets/default-bank.json', '--jsonl'], JSON.stringify({ before: '加强' }) + '\n');
    expect(JSON.parse(lines[0]!).suggestions).toHaveLength(5);
  });

  it('names a missing bank file and exits 1; bad usage exits 2', () => {
    const missing = suggest(['--bank', 'no-such-bank.json', '--jsonl']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such-bank.json');
    expect(suggest(['--jsonl']).status).toBe(2);
  });
});
