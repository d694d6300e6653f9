import type { RegisterCommand } from '../command.js';
import { registerAudit } from './audit.js';
import { registerCompile } from './compile.js';
import { registerConvert } from './convert.js';
import { registerDiff } from './diff.js';
import { registerEval } from './eval.js';
import { registerExplore } from './explore.js';
import { registerFmt } from './fmt.js';
import { registerGraph } from './graph.js';
import { registerLint } from './lint.js';
import { registerLsp } from './lsp.js';
import { registerPreview } from './preview.js';
import { registerSelect } from './select.js';
import { registerTest } from './test.js';

/** The commands in `--help` order (SPEC §6's table); a new command is one module and one entry. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerCompile,
  registerLint,
  registerEval,
  registerSelect,
  registerFmt,
  registerConvert,
  registerGraph,
  registerDiff,
  registerPreview,
  registerLsp,
  registerTest,
  registerExplore,
  registerAudit,
];
