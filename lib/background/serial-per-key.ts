// Runs a task for a key one at a time, with at most one more waiting behind it: a request
// that comes while one waits joins the waiting one, which will see the newer state anyway.
// For the look at a tab's frames after a focus move (frame-watchers.ts, #19): two looks at
// once could both find a frame without the small script and run it twice, and a page that
// moves the focus between its frames in a loop must not queue up work without end.
export function serialPerKey<K, T>(run: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const running = new Map<K, Promise<T>>();
  const waiting = new Map<K, Promise<T>>();
  const start = (key: K): Promise<T> => {
    const task = run(key);
    running.set(key, task);
    const settled = () => running.get(key) === task && running.delete(key);
    task.then(settled, settled);
    return task;
  };
  return (key) => {
    const queued = waiting.get(key);
    if (queued) return queued;
    const current = running.get(key);
    if (!current) return start(key);
    const next = current
      .catch(() => undefined)
      .then(() => {
        waiting.delete(key);
        return start(key);
      });
    waiting.set(key, next);
    return next;
  };
}
