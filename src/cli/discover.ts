import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError, type CliIo } from './io.js';
import { describeFsError, displayPath, resolveNamedPath } from './paths.js';

const IGNORE_FILE = '.checkwrightignore';

/** Checklist sources a folder walk picks up (`.checklist.yml` too, since the compiler reads it). */
export const SOURCE_SUFFIXES = ['.checklist', '.checklist.yaml', '.checklist.yml'] as const;

/** Folders no walk enters: they hold other people's files, never the project's checklists. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface DiscoveredFile {
  readonly absolute: string;
  /** How diagnostics name it (see `displayPath`). */
  readonly display: string;
}

/**
 * Every file under the named paths whose name ends in one of `suffixes`, sorted by display path
 * and without duplicates. A named file is always taken, whatever its name; a folder is walked,
 * skipping what a `.checkwrightignore` in it or above it lists (SPEC §6), as git and ESLint read
 * theirs: from the top (see `topFolder`) down to each named folder, then on down the walk. A named
 * folder that is itself ignored yields nothing; `onIgnored` hears of it, so the user learns why.
 */
export function discoverFiles(
  cwd: string,
  given: readonly string[],
  suffixes: readonly string[],
  onIgnored: (given: string) => void = () => {},
): DiscoveredFile[] {
  const named = given.map((g) => resolveNamedPath(cwd, g));
  const found = new Map<string, DiscoveredFile>();
  const take = (absolute: string) => found.set(absolute, { absolute, display: displayPath(cwd, absolute) });
  for (const entry of named) {
    if (!entry.isFolder) {
      take(entry.absolute);
      continue;
    }
    const outer = scopesAbove(cwd, entry.absolute);
    if (isIgnored(outer, entry.absolute, true)) onIgnored(entry.given);
    else walk(entry.absolute, outer, suffixes, take);
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** The ignore files of the folders from the top down to `folder`'s parent, outermost first. */
function scopesAbove(cwd: string, folder: string): IgnoreScope[] {
  const top = topFolder(cwd, folder);
  const chain: string[] = [];
  for (let at = path.dirname(folder); top !== undefined && contains(top, at); at = path.dirname(at)) {
    chain.unshift(at);
    if (at === top) break;
  }
  return chain.map(readIgnoreFile).filter((scope): scope is IgnoreScope => scope !== undefined);
}

/**
 * Where reading ignore files starts: the working folder or the git repository root around
 * `folder`, whichever is higher and contains it; none when neither does (a folder named
 * outside both is read from itself down only).
 */
function topFolder(cwd: string, folder: string): string | undefined {
  const candidates = [cwd, repositoryRoot(folder)].filter((c): c is string => c !== undefined && contains(c, folder));
  return candidates.sort((a, b) => a.length - b.length)[0];
}

function repositoryRoot(folder: string): string | undefined {
  for (let at = folder; ; at = path.dirname(at)) {
    if (exists(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

function contains(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Tells the user on stderr that a folder they named is ignored (ESLint warns likewise); not a failure. */
export function noteIgnored(io: CliIo): (given: string) => void {
  return (given) => io.stderr.write(`checkwright: ${given} is ignored by a .checkwrightignore above it; name its files to check them\n`);
}

interface IgnoreScope {
  readonly folder: string;
  readonly rules: Ignore;
}

function walk(folder: string, outerScopes: readonly IgnoreScope[], suffixes: readonly string[], take: (absolute: string) => void): void {
  const own = readIgnoreFile(folder);
  const scopes = own === undefined ? outerScopes : [...outerScopes, own];
  for (const entry of readFolder(folder)) {
    const absolute = path.join(folder, entry.name);
    const kind = entryKind(entry, absolute);
    if (kind === 'folder') {
      if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(scopes, absolute, true)) walk(absolute, scopes, suffixes, take);
    } else if (kind === 'file' && suffixes.some((s) => entry.name.endsWith(s)) && !isIgnored(scopes, absolute, false)) {
      take(absolute);
    }
  }
}

/** Symbolic links to files are followed; links to folders are not, so a link cycle cannot loop. */
function entryKind(entry: Dirent, absolute: string): 'file' | 'folder' | 'other' {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) {
    try {
      return statSync(absolute).isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/** Git's precedence: a deeper ignore file overrides a shallower one, `!pattern` re-includes. */
function isIgnored(scopes: readonly IgnoreScope[], absolute: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const scope of scopes) {
    const relative = path.relative(scope.folder, absolute).split(path.sep).join('/');
    const verdict = scope.rules.test(isFolder ? `${relative}/` : relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

function readIgnoreFile(folder: string): IgnoreScope | undefined {
  const file = path.join(folder, IGNORE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8'); // `ignore` copes with a BOM and CRLF itself
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  return { folder, rules: ignore().add(text) };
}

function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read folder ${folder}: ${describeFsError(error)}`);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
