// Where the engine snapshot is stored, and when it is rebuilt: pure, so the benchmarks
// (run with tsx, outside WXT) can read them without the background's storage imports.
import { DEFAULT_RULES_REVISION } from '../check/rules';

/** Named with the rules' revision (with the writer's own rule files, writer-rules.ts, the
 * merged set's): a snapshot filtered by other rules is not read back (#17). */
export const snapshotKey = (revision: string) => `engine-input@rules-${revision}`;
/** The small snapshot a wake answers from first (first-part.ts), of the same bank version. */
export const firstPartKey = (revision: string) => `${snapshotKey(revision)}+first`;
/** The ids changed since the snapshot (see ChangesRecord in engine-holder.ts). */
export const changesKey = (revision: string) => `${snapshotKey(revision)}+changes`;
/** The keys with the shipped rules alone. */
export const SNAPSHOT_KEY = snapshotKey(String(DEFAULT_RULES_REVISION));
export const CHANGES_KEY = changesKey(String(DEFAULT_RULES_REVISION));
/** Quiet time after a bank change before the whole snapshot is rebuilt. */
export const REBUILD_AFTER_MS = 3000;
