// Small pieces shared by the indexes that replaced scans of every fact kept so far (encounters,
// trade figures, name parts, agreement titles): a list per key, and the first of some candidates
// in the order things were kept, which is what the scans they replaced returned.

/** Adds the value to the key's list. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first candidate, by its rank in `order` (the order things were kept), that passes the test. */
export function earliest<T>(candidates: Iterable<T>, order: ReadonlyMap<T, number>, test: (item: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const item of candidates) if ((best === undefined || order.get(item)! < order.get(best)!) && test(item)) best = item;
  return best;
}
