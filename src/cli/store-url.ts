/** A store named on the command line (`audit`, `diff --sessions`). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../store/index.js';
import { UsageError, type CliIo } from './io.js';

/**
 * Reading never creates: a sqlite store named on the command line must exist (exit 2 otherwise,
 * like any named path). A plain path means `sqlite:PATH`; relative paths are against the working folder.
 */
export async function openNamedStore(io: CliIo, given: string): Promise<Store> {
  const isPostgres = /^postgres(?:ql)?:\/\//.test(given);
  let url = given;
  if (!isPostgres) {
    const file = path.resolve(io.cwd, given.startsWith('sqlite:') ? given.slice('sqlite:'.length) : given);
    if (!existsSync(file)) throw new UsageError(`no such store: ${given}`);
    url = `sqlite:${file}`;
  }
  const opened = await openStore(url);
  if (!opened.ok) throw new UsageError(opened.error.message);
  return opened.value;
}

