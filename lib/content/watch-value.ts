// A setting from extension storage, read once and then kept current by its change events,
// so the keystroke path reads it synchronously.
import { quietly } from './after-invalidation';

type WatchableItem<T> = {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
};

export async function watchValue<T>(item: WatchableItem<T>, fallback: T): Promise<{ current: () => T; stop: () => void }> {
  let value: T = await item.getValue().catch(() => fallback);
  const stop = item.watch((next) => (value = next ?? fallback));
  return { current: () => value, stop: () => quietly(stop) };
}
