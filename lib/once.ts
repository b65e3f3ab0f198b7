// A value made on first use and kept: what costs time to make (zod schemas, a parsed file,
// an unpacked table) and is not needed by every start of a script (#19).
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
