import { spawn } from 'node:child_process';
import { startPreview } from '../../preview/index.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { EXIT_OK, UsageError } from '../io.js';
import { displayPath, resolveNamedFile } from '../paths.js';

export const registerPreview: RegisterCommand = (program, context) => {
  program
    .command('preview')
    .description('serve a live preview of a checklist as a working form (127.0.0.1 only)')
    .argument('<file>', 'a .checklist / .checklist.yaml source or a compiled .checklist.json')
    .option('--case <file>', 'case data (JSON); a file that is not JSON is shown on the page')
    .option('--port <n>', 'the port (default: a free one)')
    .option('--host <address>', 'a loopback address to bind: 127.0.0.1 (default), ::1 or localhost')
    .option('--open', 'open the page in the default browser')
    .action(async (file: string, options: PreviewFlags) => {
      context.exitCode = await previewCommand(context, file, options);
    });
};

interface PreviewFlags {
  readonly case?: string;
  readonly port?: string;
  readonly host?: string;
  readonly open?: boolean;
}

/** Runs until SIGINT or SIGTERM; usage problems (a bad port, a non-loopback host, a busy port) exit 2. */
async function previewCommand({ io }: CommandContext, file: string, options: PreviewFlags): Promise<number> {
  const absolute = resolveNamedFile(io.cwd, file).absolute;
  const caseFile = options.case === undefined ? undefined : resolveNamedFile(io.cwd, options.case).absolute;
  const port = options.port === undefined ? 0 : /^\d+$/.test(options.port) ? Number(options.port) : Number.NaN;
  const started = await startPreview({
    checklist: { cwd: io.cwd, absolute, display: displayPath(io.cwd, absolute) },
    ...(caseFile === undefined ? {} : { caseFile: { absolute: caseFile, display: displayPath(io.cwd, caseFile) } }),
    ...(options.host === undefined ? {} : { host: options.host }),
    port: Number.isNaN(port) ? -1 : port,
  });
  if (!started.ok) throw new UsageError(started.message.replace(/not -1$/, `not ${options.port ?? ''}`));
  io.stdout.write(`checkwright preview: ${started.server.url} (Ctrl+C to stop)\n`);
  if (options.open === true) openInBrowser(started.server.url);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await started.server.close();
  return EXIT_OK;
}

/** Best effort: without a desktop opener the printed URL is enough. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Nothing to do: the URL is printed.
  }
}
