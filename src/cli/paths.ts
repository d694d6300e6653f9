import { accessSync, constants, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from './io.js';
import { STDIN_NAME } from './sources.js';

/**
 * A path as diagnostics show it: relative to the working folder when inside it, absolute
 * otherwise, always `/`-separated (SARIF and GitHub annotations need that).
 */
export function displayPath(cwd: string, absolute: string): string {
  if (absolute === STDIN_NAME) return STDIN_NAME;
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

export interface NamedPath {
  /** As the user wrote it, for messages. */
  readonly given: string;
  readonly absolute: string;
  readonly isFolder: boolean;
}

/** A path named on the command line must exist and be readable (else exit 2, SPEC §6); `-` is standard input. */
export function resolveNamedPath(cwd: string, given: string): NamedPath {
  if (given === '-') return { given, absolute: STDIN_NAME, isFolder: false };
  const absolute = path.resolve(cwd, given);
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError(`no such file or folder: ${given}`);
  }
  try {
    accessSync(absolute, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${given}: permission denied`);
  }
  return { given, absolute, isFolder: stats.isDirectory() };
}

/** For commands that take files only. */
export function resolveNamedFile(cwd: string, given: string): NamedPath {
  const named = resolveNamedPath(cwd, given);
  if (named.isFolder) throw new UsageError(`${given} is a folder; name a file`);
  return named;
}

/** A short reason for a file-system failure, for one-line messages. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
