// One look at a tab's frames at a time, at most one waiting (#19: frame-watchers.ts).
import { describe, expect, it } from 'vitest';
import { serialPerKey } from '@/lib/background/serial-per-key';

const deferred = () => {
  let resolve!: (value: number) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<number>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
};

describe('serialPerKey', () => {
  it('runs one task per key at a time; requests while one waits join it', async () => {
    const started: Array<{ key: string; done: ReturnType<typeof deferred> }> = [];
    const run = serialPerKey((key: string) => {
      const done = deferred();
      started.push({ key, done });
      return done.promise;
    });
    const first = run('a');
    const second = run('a');
    const third = run('a');
    const other = run('b');
    // 'a' once (the second and third wait as one), 'b' beside it.
    expect(started.map((s) => s.key)).toEqual(['a', 'b']);
    expect(third).toBe(second);
    started[0]!.done.resolve(1);
    await expect(first).resolves.toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(started.map((s) => s.key)).toEqual(['a', 'b', 'a']);
    started[2]!.done.resolve(2);
    await expect(second).resolves.toBe(2);
    started[1]!.done.resolve(3);
    await expect(other).resolves.toBe(3);
    // Idle again: the next request runs at once.
    void run('a');
    expect(started).toHaveLength(4);
  });

  it('a failed task does not stop the one waiting behind it', async () => {
    const results = [deferred(), deferred()];
    let calls = 0;
    const run = serialPerKey(() => results[calls++]!.promise);
    const failing = run('a');
    const next = run('a');
    results[0]!.reject(new Error('the tab closed'));
    await expect(failing).rejects.toThrow('the tab closed');
    await new Promise((done) => setTimeout(done, 0));
    results[1]!.resolve(7);
    await expect(next).resolves.toBe(7);
  });
});
