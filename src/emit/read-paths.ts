/**
 * Which case data a checklist reads (issue 16, "imported dictionaries over-require"): the
 * `case.` paths of every `var` in its conditions, and the `source` / `sources` paths of its items.
 * Read from the IR body, so whatever the emitter writes is what counts.
 */
export function readCasePaths(body: unknown): Set<string> {
  const paths = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'var' && typeof value === 'string' && value.startsWith('case.')) paths.add(value.slice('case.'.length));
      else if (key === 'source' && typeof value === 'string') paths.add(value);
      else if (key === 'sources' && Array.isArray(value)) {
        for (const root of value) if (typeof root === 'string') paths.add(root);
      } else visit(value);
    }
  };
  visit(body);
  return paths;
}

/** A declaration at `path` is read when a read path is it, lies under it, or encloses it (a root read whole). */
export function isRead(path: string, reads: ReadonlySet<string>): boolean {
  if (reads.has(path)) return true;
  for (const read of reads) if (path.startsWith(`${read}.`) || read.startsWith(`${path}.`)) return true;
  return false;
}
