import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompileHost } from '../compile.js';
import type { CliIo } from './io.js';
import { readTextFile } from './text-file.js';

/** How diagnostics name a source read from standard input (`-` on the command line, SPEC §6). */
export const STDIN_NAME = '<stdin>';

/**
 * The sources one run reads: files relative to the run's working folder, `<stdin>` from standard
 * input (read once). Each text is kept, so the text format can show the lines diagnostics point at
 * without reading a file twice (or standard input at all, a second time).
 */
export class RunSources {
  private readonly texts = new Map<string, string>();

  constructor(private readonly io: Pick<CliIo, 'cwd' | 'stdin'>) {}

  readonly host: CompileHost = { readFile: (name) => this.read(name) };

  /** The text of a file already read, for the text formatter; undefined for one never read. */
  readonly lookup = (file: string): string | undefined => this.texts.get(file);

  read(name: string): string {
    const known = this.texts.get(name);
    if (known !== undefined) return known;
    const text = name === STDIN_NAME ? stripBom((this.io.stdin ?? readProcessStdin)()) : readTextFile(path.resolve(this.io.cwd, name));
    this.texts.set(name, text);
    return text;
  }
}

function readProcessStdin(): string {
  return readFileSync(0, 'utf8');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
