import { Option } from 'commander';
import { graphChecklist, type GraphDiagram, type GraphFormat } from '../../graph/index.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../io.js';
import { loadIrForCommand } from '../load-ir.js';

export const registerGraph: RegisterCommand = (program, context) => {
  program
    .command('graph')
    .description('draw the steps, conditional items and conditions (or the lifecycle) as a diagram')
    .argument('<file>', 'a .checklist / .checklist.yaml source or a compiled .checklist.json')
    .addOption(new Option('--format <format>', 'diagram notation').choices(['mermaid', 'dot']).default('mermaid'))
    .addOption(new Option('--diagram <diagram>', 'which diagram').choices(['steps', 'lifecycle']).default('steps'))
    .action((file: string, options: GraphOptions) => {
      context.exitCode = graphCommand(context, file, options);
    });
};

interface GraphOptions {
  readonly format: GraphFormat;
  readonly diagram: GraphDiagram;
}

function graphCommand(context: CommandContext, file: string, options: GraphOptions): number {
  const ir = loadIrForCommand(context, file, 'draw');
  if (ir === undefined) return EXIT_FAILURE;
  const text = graphChecklist(ir, options.format, options.diagram);
  if (text === undefined) {
    context.io.stderr.write(`checkwright: ${file} declares no lifecycle; nothing to draw\n`);
    return EXIT_FAILURE;
  }
  context.io.stdout.write(text);
  return EXIT_OK;
}
