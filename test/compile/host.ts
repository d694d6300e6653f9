import type { CompileHost } from '../../src/compile.js';

/** An in-memory file system that counts reads, so tests can see each file is parsed once. */
export function memoryHost(files: Record<string, string>): CompileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path: string): string {
      reads.push(path);
      if (!Object.prototype.hasOwnProperty.call(files, path)) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      }
      return files[path]!;
    },
  };
}
