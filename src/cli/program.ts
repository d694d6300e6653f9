import { Command } from 'commander';
import { TOOL_NAME, TOOL_VERSION } from '../diagnostics/format/tool.js';
import type { CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';

/**
 * The commander program for one run. Commander's own exits become exceptions (`exitOverride`,
 * inherited by every command) so `run` decides the exit code, and its output goes to the run's
 * streams, errors as one `checkwright: …` line.
 */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command(TOOL_NAME)
    .description('Lint, compile and evaluate Checkwright case-investigation checklists.')
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${TOOL_NAME}: ${oneLine(text)}`),
    });
  for (const register of COMMANDS) register(program, context);
  return program;
}

/** Commander puts its "(Did you mean lint?)" on a second line; a usage error is one line here. */
function oneLine(message: string): string {
  return message.replace(/^error: /, '').replace(/\n(\(Did you mean [^)]*\))\n$/, ' $1\n');
}
