import { startServer } from '../../lsp/server.js';
import { UsageError } from '../io.js';
import type { RegisterCommand } from '../command.js';

/** The language server speaks LSP over the process's own stdin/stdout until the editor says `exit`. */
export const registerLsp: RegisterCommand = (program, context) => {
  program
    .command('lsp')
    .description('run the language server (LSP 3.17) for .checklist and .checklist.yaml files')
    .option('--stdio', 'talk LSP over standard input and output (the only transport)')
    .action(async (options: { stdio?: boolean }) => {
      if (options.stdio !== true) throw new UsageError('lsp needs --stdio (the only transport it speaks)');
      // stdout carries the protocol: a stray console.log would corrupt it, so logs go to stderr.
      console.log = console.error;
      context.exitCode = await startServer(process.stdin, process.stdout);
    });
};
