/** "citations[0].source" for ["citations", 0, "source"]; null for the record itself. */
export function fieldPath(path: (string | number)[]): string | null {
  if (path.length === 0) return null;
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** Whether a field is the given one or inside it: "citations[0].source" is inside "citations", all in null. */
export function isWithin(field: string | null, outer: string | null): boolean {
  if (outer === null) return true;
  return field === outer || field?.startsWith(`${outer}.`) === true || field?.startsWith(`${outer}[`) === true;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Values at a dotted path, following arrays, each with its concrete path ("citations[0].source"). */
export function valuesAt(value: unknown, path: string): Array<{ path: string; value: unknown }> {
  const [head, ...rest] = path.split('.');
  if (!isPlainObject(value) || !(head in value)) return [];
  const here = value[head];
  const step = (child: unknown, childPath: string) =>
    rest.length === 0
      ? [{ path: childPath, value: child }]
      : valuesAt(child, rest.join('.')).map((found) => ({ ...found, path: `${childPath}.${found.path}` }));
  return Array.isArray(here) ? here.flatMap((child, index) => step(child, `${head}[${index}]`)) : step(here, head);
}
