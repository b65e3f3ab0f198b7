// Where the engine snapshot is stored, and when it is rebuilt: pure, so the benchmarks
// (run with tsx, outside WXT) can read them without the background's storage imports.
import { DEFAULT_RULES_REVISION } from '../check/rules';
import { changesKey, snapshotKey } from './snapshot-key-names';

export { changesKey, firstPartKey, snapshotKey } from './snapshot-key-names';

/** The keys with the shipped rules alone. */
export const SNAPSHOT_KEY = snapshotKey(String(DEFAULT_RULES_REVISION));
export const CHANGES_KEY = changesKey(String(DEFAULT_RULES_REVISION));
/** Quiet time after a bank change before the whole snapshot is rebuilt. */
export const REBUILD_AFTER_MS = 3000;
