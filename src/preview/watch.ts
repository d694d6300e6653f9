/**
 * Calls `onChange` (debounced) when anything in the folders of the watched files changes. Folders,
 * not files: editors that save by writing a new file and renaming it over the old one replace the
 * inode a file watch would follow, and a deleted file can come back. A folder that cannot be
 * watched (gone, no permission) is retried on the next poll instead of failing the preview.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface Watcher {
  close(): void;
}

const DEBOUNCE_MS = 40;
const RETRY_MS = 1000;

export function watchFolders(files: readonly string[], onChange: () => void): Watcher {
  const folders = [...new Set(files.map((file) => path.dirname(file)))];
  const watchers = new Map<string, FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, DEBOUNCE_MS);
  };
  const start = (folder: string): void => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, { persistent: false }, changed);
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
        changed();
      });
      watchers.set(folder, watcher);
    } catch {
      // Retried below.
    }
  };
  folders.forEach(start);
  const retry = setInterval(() => {
    for (const folder of folders) {
      if (!watchers.has(folder)) {
        start(folder);
        if (watchers.has(folder)) changed();
      }
    }
  }, RETRY_MS);
  retry.unref();
  return {
    close(): void {
      clearInterval(retry);
      if (timer !== undefined) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
