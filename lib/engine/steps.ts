// The engine's long builds are generators that yield every so often: a background rebuild
// pauses at each yield, so suggestions asked meanwhile are answered (buildSnapshotPaced),
// and a plain build runs the steps straight through.

/** Entries walked between two yields of a build (some tens of milliseconds at most). */
export const ENTRIES_PER_STEP = 10_000;

/** Runs a build's steps straight through. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
