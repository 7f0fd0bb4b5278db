/** An item whose key an earlier item already has, and where that earlier item is. */
export interface Duplicate<T> {
  item: T;
  firstPath: string;
  /** The earlier item with the same key. */
  first: T;
}

/** Items repeating an earlier item's key (items without a key are ignored). */
export function findDuplicates<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string | undefined,
  pathOf: (item: T) => string,
): Duplicate<T>[] {
  const firsts = new Map<string, T>();
  const duplicates: Duplicate<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, item);
    else duplicates.push({ item, firstPath: pathOf(first), first });
  }
  return duplicates;
}
