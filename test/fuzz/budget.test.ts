/**
 * The fuzz suite's CI budget (docs/fuzz.md): every run hunts a new seed (CHECKWRIGHT_FUZZ_SEED
 * fixes it), in this thread, every strategy equally. A finding fails the test with the command
 * that replays it; a hang is what the test timeout catches (the runner itself calls > 5 s a hang).
 */
import { describe, expect, it } from 'vitest';
import { randomFor } from './random.js';
import { runInputs, type Reported } from './run.js';
import { STRATEGIES } from './strategies.js';

const SEED = Number(process.env['CHECKWRIGHT_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const PER_STRATEGY = 20;

describe(`the fuzz budget (seed ${SEED})`, () => {
  it(`${PER_STRATEGY * STRATEGIES.length} inputs find nothing`, () => {
    const found: string[] = [];
    runInputs(SEED, 0, PER_STRATEGY * STRATEGIES.length, 1, () => {}, ({ index, strategy, finding }: Reported) => {
      found.push(`${strategy} #${index}: ${finding.kind}: ${finding.detail} (replay: npm run fuzz -- --seed ${SEED} --only ${index})`);
    });
    expect(found).toEqual([]);
  }, 120_000);

  it('is reproducible: an input is the same for the same seed and index', () => {
    const files = (seed: number) => STRATEGIES.map((strategy, index) => strategy.make(randomFor(seed, index)).file?.text ?? '');
    expect(files(SEED)).toEqual(files(SEED));
    expect(files(SEED)).not.toEqual(files(SEED + 1));
  });
});
