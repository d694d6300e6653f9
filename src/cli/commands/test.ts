import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { testFileText } from '../../explore/generate.js';
import { formatCoverageText, formatTestJson, formatTestJunit, formatTestText, runSuite, type ChecklistCoverage } from '../../testing/index.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { discoverFiles, SOURCE_SUFFIXES } from '../discover.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../io.js';
import { displayPath } from '../paths.js';
import { checklistFrom, exploreFile, writeTestFile } from './explore.js';
import { readTextFile } from '../text-file.js';

/** What a folder walk picks up as checklist tests (SPEC §8.1; `.yml` too, as for checklists). */
export const TEST_SUFFIXES = ['.test.yaml', '.test.yml', '.test.json'] as const;

export const registerTest: RegisterCommand = (program, context) => {
  program
    .command('test')
    .description('run checklist tests (*.test.yaml, *.test.json); quiet but for a summary line when they pass')
    .argument('[paths...]', 'test files and folders (folders are walked; .checkwrightignore applies)', ['.'])
    .option('--coverage', 'report coverage per checklist, with what is not covered as file:line')
    .option('--min-coverage <n>', 'fail when a tested checklist is covered under N percent', parsePercent)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'junit']).default('text'))
    .option('--generate <file>', 'write a test file for this checklist from explore\'s witnesses (every condition both ways) instead of running tests')
    .option('-o, --output <file>', 'with --generate: where to write it (default: beside FILE, NAME.test.yaml)')
    .option('--force', 'with --generate: overwrite an existing file')
    .action((paths: string[], options: TestOptions, command: Command) => {
      if (options.generate === undefined) {
        if (options.output !== undefined || options.force === true) throw new UsageError('-o and --force go with --generate FILE');
        context.exitCode = testCommand(context, paths, options);
        return;
      }
      // `paths` defaults to `.`; only paths given beside --generate are a mistake.
      if (command.args.length > 0) throw new UsageError('--generate FILE writes tests; it takes no test paths to run');
      context.exitCode = generateCommand(context, options.generate, options);
    });
};

interface TestOptions {
  readonly coverage?: boolean;
  readonly minCoverage?: number;
  readonly format: 'text' | 'json' | 'junit';
  readonly generate?: string;
  readonly output?: string;
  readonly force?: boolean;
}

/**
 * `test --generate FILE` (SPEC §8.3): explore's witnesses as a test file, a starting point an
 * admin edits. Never overwrites without `--force`; says when the budget left conditions uncovered.
 */
function generateCommand(context: CommandContext, file: string, options: TestOptions): number {
  const { io } = context;
  const source = SOURCE_SUFFIXES.find((suffix) => file.endsWith(suffix));
  if (source === undefined) throw new UsageError(`${file}: --generate takes a checklist source (${SOURCE_SUFFIXES.map((s) => `*${s}`).join(', ')}); a test names its source`);
  const explored = exploreFile(context, file, {});
  if (!explored.ok) return EXIT_FAILURE;
  const { report, absolute } = explored;
  const target = options.output === undefined ? absolute.slice(0, -source.length) + '.test.yaml' : path.resolve(io.cwd, options.output);
  writeTestFile(context, target, testFileText(report, checklistFrom(path.dirname(target), absolute)), options.force === true);
  io.stderr.write(`checkwright: wrote ${report.witnesses.length} test(s) to ${displayPath(io.cwd, target)}\n`);
  if (report.budgetExceeded) io.stderr.write(`checkwright: the explore budget ran out: some conditions have no test (checkwright explore ${file} lists them as unknown)\n`);
  return EXIT_OK;
}

function testCommand({ io }: CommandContext, paths: readonly string[], options: TestOptions): number {
  const files = discoverFiles(io.cwd, paths, TEST_SUFFIXES);
  if (files.length === 0) {
    io.stderr.write(`checkwright: no test files (${TEST_SUFFIXES.map((s) => `*${s}`).join(', ')}) under ${paths.join(' ')}\n`);
    return EXIT_FAILURE;
  }
  const result = runSuite(
    files.map((file) => file.display),
    { readFile: (name) => readTextFile(path.resolve(io.cwd, name)) },
  );
  const coverage = options.coverage === true;
  if (options.format === 'json') io.stdout.write(formatTestJson(result, coverage));
  else if (options.format === 'junit') io.stdout.write(formatTestJunit(result));
  else io.stdout.write(formatTestText(result, coverage));
  // The XML is for the CI system; the coverage is for the people reading the log.
  if (options.format === 'junit' && coverage) io.stderr.write(formatCoverageText(result.coverage));
  const under = options.minCoverage === undefined ? [] : result.coverage.filter((c) => c.percent < (options.minCoverage ?? 0));
  for (const c of under) io.stderr.write(`checkwright: ${describeUnder(c, options.minCoverage ?? 0)}\n`);
  return result.failed > 0 || result.broken > 0 || under.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

function describeUnder(c: ChecklistCoverage, min: number): string {
  return `${c.file} is covered ${c.percent}%, under --min-coverage ${min} (${c.uncovered.length} goals not covered; --coverage lists them)`;
}

function parsePercent(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('Expected a percentage from 0 to 100.');
  return n;
}
