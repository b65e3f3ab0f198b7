// How the engine snapshot's records are named, with no imports: the read at a wake
// (wake-read.ts) runs before the rest of the background's script is evaluated, so it must
// not pull in the rules (and zod) to name them (#19).

/** Named with the rules' revision (with the writer's own rule files, writer-rules.ts, the
 * merged set's): a snapshot filtered by other rules is not read back (#17). */
export const snapshotKey = (revision: string) => `engine-input@rules-${revision}`;
const FIRST_PART_SUFFIX = '+first';
const CHANGES_SUFFIX = '+changes';
/** The small snapshot a wake answers from first (first-part.ts), of the same bank version. */
export const firstPartKey = (revision: string) => `${snapshotKey(revision)}${FIRST_PART_SUFFIX}`;
/** The ids changed since the snapshot (see ChangesRecord in engine-holder.ts). */
export const changesKey = (revision: string) => `${snapshotKey(revision)}${CHANGES_SUFFIX}`;
/** The record a wake decodes first for the snapshot named `key`: its first part if it has one. */
export const firstReadOf = (key: string, keys: ReadonlySet<string>): string => (keys.has(`${key}${FIRST_PART_SUFFIX}`) ? `${key}${FIRST_PART_SUFFIX}` : key);
/** Whether `key` names a whole snapshot (not a first part or a record of changes). */
export const isWholeSnapshotKey = (key: string): boolean => key.startsWith(snapshotKey('')) && !key.endsWith(FIRST_PART_SUFFIX) && !key.endsWith(CHANGES_SUFFIX);
