/** Past this many keys a table starts afresh: memory stays flat on any corpus. */
const maxKeys = 50_000;

/**
 * `compute` with its answers remembered by key, in a bounded table. News repeats its words (a few
 * thousand make most of any text), so a per-word reading that costs dozens of probes is paid about
 * once a word. `compute` must never return undefined.
 */
export function remembered<V>(compute: (key: string) => V): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= maxKeys) seen.clear();
    const value = compute(key);
    seen.set(key, value);
    return value;
  };
}
