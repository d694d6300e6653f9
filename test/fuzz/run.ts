/** Runs fuzz inputs in this thread: what a worker does, and what the vitest budget does without workers. */
import { randomFor } from './random.js';
import { STRATEGIES, type Finding } from './strategies.js';

export interface Reported {
  readonly index: number;
  readonly strategy: string;
  readonly finding: Finding;
  readonly file?: { readonly name: string; readonly text: string };
}

/** Inputs `from`, `from + stride`, … below `to` of seed `seed`; `onStart` before each (the runner's hang watch). */
export function runInputs(seed: number, from: number, to: number, stride: number, onStart: (index: number) => void, onFinding: (reported: Reported) => void): void {
  for (let index = from; index < to; index += stride) {
    const strategy = STRATEGIES[index % STRATEGIES.length]!;
    onStart(index);
    const input = strategy.make(randomFor(seed, index));
    const finding = input.run();
    if (finding !== undefined) onFinding({ index, strategy: strategy.name, finding, ...(input.file === undefined ? {} : { file: input.file }) });
  }
}
