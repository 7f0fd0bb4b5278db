/** An item whose key an earlier item already has, and where that earlier item is. */
export interface Duplicate<T> {
  item: T;
  firstPath: string;
}

/** Items repeating an earlier item's key (items without a key are ignored). */
export function findDuplicates<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string | undefined,
  pathOf: (item: T) => string,
): Duplicate<T>[] {
  const first = new Map<string, string>();
  const duplicates: Duplicate<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const firstPath = first.get(key);
    if (firstPath === undefined) first.set(key, pathOf(item));
    else duplicates.push({ item, firstPath });
  }
  return duplicates;
}
