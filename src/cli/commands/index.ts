import type { RegisterCommand } from '../command.js';
import { registerCompile } from './compile.js';
import { registerEval } from './eval.js';
import { registerLint } from './lint.js';
import { registerLsp } from './lsp.js';
import { registerSelect } from './select.js';

/** The commands in `--help` order; a new command (fmt, convert, graph, diff, preview) is one module and one entry. */
export const COMMANDS: readonly RegisterCommand[] = [registerCompile, registerLint, registerEval, registerSelect, registerLsp];
