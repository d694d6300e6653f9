/**
 * The fuzzer's runner (`npm run fuzz -- --n N --seed S [--workers K] [--out DIR] [--only I]`;
 * scripts/fuzz.mjs bundles this folder with esbuild and calls `main`): input `i`
 * of seed `S` uses strategy `i mod <strategies>` and a generator seeded by (S, i), so any input
 * replays alone (`--only i`). Workers run in worker_threads; the runner watches each input and
 * calls one that runs over 5 s a hang (it ends that worker and goes on after the input). Each
 * finding is saved under DIR (default `.tmp/fuzz`, gitignored): the input file itself for
 * compiler inputs, and a command that replays it for every input. One summary line of counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Reported } from './run.js';
import { STRATEGIES } from './strategies.js';

export interface FuzzOptions {
  readonly n: number;
  readonly seed: number;
  readonly workers: number;
  readonly out: string;
  readonly only?: number;
  readonly hangMs?: number;
  /** The worker's entry: the bundled worker.js beside this module. */
  readonly worker: URL;
}

export interface FuzzSummary {
  readonly inputs: number;
  readonly findings: Record<string, number>;
  readonly saved: string[];
}

type Message = { readonly type: 'start'; readonly index: number } | ({ readonly type: 'finding' } & Reported) | { readonly type: 'done' };

export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const findings: Record<string, number> = { throw: 0, CW900: 0, hang: 0, 'refused-ir': 0, disagreement: 0, pollution: 0, 'mutated-input': 0 };
  const saved: string[] = [];
  const save = (index: number, strategy: string, kind: string, detail: string, file?: { name: string; text: string }) => {
    findings[kind] = (findings[kind] ?? 0) + 1;
    mkdirSync(options.out, { recursive: true });
    const base = join(options.out, `${options.seed}-${index}-${strategy}-${kind}`);
    if (file !== undefined) writeFileSync(`${base}-${file.name}`, file.text);
    const replay = `# ${kind}: ${detail.replaceAll('\n', ' ')}\nnpm run fuzz -- --seed ${options.seed} --only ${index}\n`;
    writeFileSync(`${base}.sh`, replay);
    saved.push(`${base}.sh`);
  };
  const range = options.only === undefined ? { from: 0, to: options.n } : { from: options.only, to: options.only + 1 };
  const workers = Math.max(1, Math.min(options.workers, range.to - range.from));
  await Promise.all(
    Array.from({ length: workers }, (_, slot) => runSlice(options, range.from + slot, range.to, workers, save)),
  );
  return { inputs: range.to - range.from, findings, saved };
}

/** Inputs `from`, `from + stride`, … below `to`, in one worker (a new one after a hang). */
function runSlice(
  options: FuzzOptions,
  from: number,
  to: number,
  stride: number,
  save: (index: number, strategy: string, kind: string, detail: string, file?: { name: string; text: string }) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (from >= to) return resolve();
    const worker = new Worker(options.worker, { workerData: { seed: options.seed, from, to, stride } });
    let current = from;
    let startedAt = Date.now();
    let finished = false;
    const watchdog = setInterval(() => {
      if (Date.now() - startedAt <= (options.hangMs ?? 5000)) return;
      finished = true;
      clearInterval(watchdog);
      save(current, STRATEGIES[current % STRATEGIES.length]!.name, 'hang', `over ${options.hangMs ?? 5000} ms`);
      void worker.terminate().then(() => runSlice(options, current + stride, to, stride, save).then(resolve, reject));
    }, 250);
    worker.on('message', (message: Message) => {
      if (message.type === 'start') {
        current = message.index;
        startedAt = Date.now();
      } else if (message.type === 'finding') {
        save(message.index, message.strategy, message.finding.kind, message.finding.detail, message.file);
      } else if (!finished) {
        finished = true;
        clearInterval(watchdog);
        void worker.terminate().then(() => resolve());
      }
    });
    worker.on('error', (error) => {
      if (finished) return;
      // A crash of the worker itself (out of memory, a fatal error) is an uncaught throw of the current input.
      finished = true;
      clearInterval(watchdog);
      save(current, STRATEGIES[current % STRATEGIES.length]!.name, 'throw', `the worker died: ${error.message}`);
      runSlice(options, current + stride, to, stride, save).then(resolve, reject);
    });
  });
}

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The command line: runs, prints one summary line, and resolves to the exit code (1 when anything was found). */
export async function main(argv: readonly string[], worker: URL): Promise<number> {
  const only = argument(argv, 'only');
  const options: FuzzOptions = {
    n: Number(argument(argv, 'n') ?? 1000),
    seed: Number(argument(argv, 'seed') ?? 1),
    workers: Number(argument(argv, 'workers') ?? 2),
    out: argument(argv, 'out') ?? '.tmp/fuzz',
    worker,
    ...(only !== undefined && { only: Number(only) }),
  };
  const started = Date.now();
  const summary = await fuzz(options);
  const seconds = (Date.now() - started) / 1000;
  const counts = Object.entries(summary.findings).map(([kind, count]) => `${count} ${kind}`).join(', ');
  process.stdout.write(
    `fuzz: seed ${options.seed}, ${summary.inputs} inputs, ${STRATEGIES.length} strategies, ${options.workers} workers, ${seconds.toFixed(1)} s (${(summary.inputs / seconds).toFixed(0)}/s): ${counts}${summary.saved.length > 0 ? ` (saved under ${options.out})` : ''}\n`,
  );
  return summary.saved.length > 0 ? 1 : 0;
}
