// A map of string → list of numbers kept in three flat values (sorted keys as one string
// column, where each list begins, the lists one after another), looked up by binary
// search. The engine queries it as it comes out of the snapshot: no Map and no subarray
// per key is made when the service worker wakes (a bank of 100,000 phrases has some
// 70,000 such keys).
import { StringColumn } from './string-column';

export type PackedListsData = { keys: string; keyStarts: Uint32Array; listStarts: Uint32Array; values: Int32Array };

export class PackedLists {
  readonly keys: StringColumn;

  constructor(readonly data: PackedListsData) {
    this.keys = new StringColumn(data.keys, data.keyStarts);
  }

  /** `map(value, i)` rewrites each value (i: its position in its list) as it is packed. */
  static pack(lists: ReadonlyMap<string, ArrayLike<number>>, map?: (value: number, i: number) => number): PackedLists {
    const keys = [...lists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const listStarts = new Uint32Array(keys.length + 1);
    let total = 0;
    for (const list of lists.values()) total += list.length;
    const values = new Int32Array(total);
    let at = 0;
    keys.forEach((key, k) => {
      listStarts[k] = at;
      const list = lists.get(key)!;
      for (let i = 0; i < list.length; i++) values[at++] = map ? map(list[i]!, i) : list[i]!;
    });
    listStarts[keys.length] = at;
    const column = StringColumn.of(keys);
    return new PackedLists({ keys: column.joined, keyStarts: column.starts, listStarts, values });
  }

  /** The list of `key` as [from, to) in `values`; from === to when there is none. */
  find(key: string): [number, number] {
    const k = this.keys.indexOf(key);
    return k < 0 ? [0, 0] : [this.data.listStarts[k]!, this.data.listStarts[k + 1]!];
  }

  get values(): Int32Array {
    return this.data.values;
  }

  /** Sound offsets, and every `step`th value of each list (from its first) an entry
   * number below `entries`. */
  isWellFormed(entries: number, step: 1 | 2): boolean {
    const { listStarts, values } = this.data;
    if (!this.keys.isWellFormed() || listStarts.length !== this.keys.size + 1) return false;
    if (listStarts[0] !== 0 || listStarts[listStarts.length - 1] !== values.length) return false;
    for (let k = 0; k < this.keys.size; k++) {
      const from = listStarts[k]!;
      const to = listStarts[k + 1]!;
      if (to < from || (to - from) % step !== 0) return false;
      for (let i = from; i < to; i += step) if (!(values[i]! >= 0 && values[i]! < entries)) return false;
    }
    return true;
  }
}
