/**
 * The records by a key, each group in the records' order: looked up per record, where a scan of every record for
 * each would make a page or table of n records cost n² (the bench builds the data a thousand times over).
 */
export function groupBy<T, K>(records: readonly T[], key: (record: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const record of records) {
    const group = groups.get(key(record));
    if (group) group.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}
