// Evaluation benchmark (docs/performance.md, "## Evaluation").
//   npm run bench:eval        (builds, then: node bench/eval.bench.mjs)
//   node bench/eval.bench.mjs --quick     (fewer runs, for a smoke test)
//   node bench/eval.bench.mjs --baseline <dir>/index.ts
//       also times evaluate() of another copy of src/runtime (an earlier version), taking turns
//       with the current one, and checks that both give the same JSON on every record
//
// A generated checklist IR (200 items, realistic conditions: nested and/or, `in`, comparisons,
// references to earlier answers and to ~50 case fields; ~150 answers) is evaluated condition by
// condition: json-logic-js `apply`; the runtime's compiled conditions (src/runtime/conditions),
// on plain condition data and on `conditionData` (case paths read once per record); and a
// hand-written JS function per condition (generated as source into a temporary .mjs file and
// imported: the practical limit). Then the whole runtime `evaluate(checklist, case, state)`
// ("not available" until src/runtime/index.ts exports it), and the growth over 100, 200 and
// 400 items (the three evaluate() figures are taken together, taking turns, so they share the
// machine's load). Times are CPU time of this process (see cpuNanoseconds).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import jsonLogic from 'json-logic-js';
import { generate } from './generate.mjs';

// The runtime is measured as applications get it: bundled by esbuild (as dist/runtime.js is),
// not through tsx, whose keep-names wrappers slow every closure the compiled conditions are made of.
// Two bundles, sharing no module: the condition timings below feed the condition engine plain
// objects of several shapes, which an application calling evaluate() never does, and the
// optimiser's feedback from them would slow evaluate() (by up to half at 100 items, measured).
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-eval-bench');
const baselineArgument = process.argv.indexOf('--baseline');
const baselineEntry = baselineArgument > 0 ? path.resolve(process.argv[baselineArgument + 1]) : undefined;
await build({
  entryPoints: {
    conditions: 'src/runtime/conditions/index.ts',
    runtime: 'src/runtime/index.ts',
    // An earlier copy of src/runtime, bundled the same way, so that both are measured alike.
    ...(baselineEntry && { baseline: baselineEntry }),
  },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outdir,
  logLevel: 'error',
});
const bundled = (name) => import(pathToFileURL(path.join(outdir, `${name}.js`)).href);
const { compileCondition, checkRule, conditionData, Slots } = await bundled('conditions');
const runtime = await bundled('runtime').catch((error) => ({ unavailable: String(error?.message ?? error) }));
const baseline = baselineEntry ? await bundled('baseline') : undefined;

const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 3 : 7;
const SAMPLE_MS = QUICK ? 40 : 150;
const RECORDS = 20;

// ---------- measurement ----------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How many calls of `body` fill about a quarter of a sample. */
function calibrate(body) {
  let calls = 1;
  for (;;) {
    const start = cpuNanoseconds();
    for (let i = 0; i < calls; i++) body();
    if ((cpuNanoseconds() - start) / 1e6 >= SAMPLE_MS / 4) return calls * 4;
    calls *= 2;
  }
}

/**
 * CPU time of this process, not wall time: the machine is shared (2 cores, other builds and
 * test runs), and time spent descheduled is not the evaluator's.
 */
function cpuNanoseconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/**
 * ns per unit of work for each named body, median over RUNS. The bodies take turns within each
 * run, so load from other processes on the machine falls on all of them alike; ratios are taken
 * per run, then their median.
 */
function measure(bodies) {
  // Warm-up first, then calibrate: calibrated cold, a body got too few calls per sample, and its
  // samples were dominated by the collector's background work after a forced gc() between
  // samples (as this benchmark once did): evaluate() at 100 items, the first one calibrated,
  // read 29 to 96 µs from run to run.
  const warm = (body) => {
    for (const end = cpuNanoseconds() + SAMPLE_MS * 2e6; cpuNanoseconds() < end; ) for (let i = 0; i < 10; i++) body();
  };
  for (const { body } of Object.values(bodies)) warm(body);
  const entries = Object.entries(bodies).map(([name, { body, units }]) => ({ name, body, units, calls: calibrate(body), samples: [] }));
  // Every function optimised before the first sample, hand-written ones included.
  for (const entry of entries) warm(entry.body);
  for (let run = 0; run < RUNS; run++) {
    for (const entry of entries) {
      // No forced collection between samples: after gc() the collector finishes on background
      // threads, whose CPU time process.cpuUsage counts, and that added ~10 % to evaluate()
      // even after a quarter sample untimed. The young generation's scavenges, which every
      // sample triggers at its own rate, are part of what is measured; a quarter sample untimed
      // lets the caches fill with this body's data first.
      for (let i = 0; i < entry.calls / 4; i++) entry.body();
      const start = cpuNanoseconds();
      for (let i = 0; i < entry.calls; i++) entry.body();
      entry.samples.push((cpuNanoseconds() - start) / (entry.calls * entry.units));
    }
  }
  const result = {};
  for (const entry of entries) result[entry.name] = { median: median(entry.samples), samples: entry.samples };
  return result;
}

function medianRatio(a, b) {
  return median(a.samples.map((sample, run) => sample / b.samples[run]));
}

let sink = 0;

/** evaluate() of the baseline runtime, after checking it gives the current runtime's JSON on every record. */
function baselineEvaluation(before, ir, records, states) {
  const loadedBefore = before.loadChecklist(ir);
  const loadedNow = runtime.loadChecklist(ir);
  if (!loadedBefore.ok || !loadedNow.ok) throw new Error('the baseline or the current runtime does not load the generated IR');
  records.forEach((record, index) => {
    const was = JSON.stringify(before.evaluate(loadedBefore.checklist, record.case, states[index]));
    if (was !== JSON.stringify(runtime.evaluate(loadedNow.checklist, record.case, states[index]))) {
      throw new Error(`the baseline and the current runtime disagree on record ${index} of ${ir.checklist}`);
    }
  });
  let next = 0;
  return () => {
    const index = next++ % records.length;
    sink += before.evaluate(loadedBefore.checklist, records[index].case, states[index]).steps.length;
  };
}

function conditionLoop(predicates, dataSet) {
  return () => {
    let count = 0;
    for (const data of dataSet) for (const predicate of predicates) if (predicate(data)) count++;
    sink += count;
  };
}

/** As the runtime does: one `conditionData` per evaluation, so each case path is read once. */
function rememberingLoop(predicates, dataSet, slots) {
  return () => {
    let count = 0;
    for (const record of dataSet) {
      const data = conditionData(record.case, record.responses, record.outcome, record.status, slots);
      for (const predicate of predicates) if (predicate(data)) count++;
    }
    sink += count;
  };
}

async function handWritten(conditions, directory, name) {
  const file = path.join(directory, `${name}.mjs`);
  writeFileSync(file, `export const conditions = [\n${conditions.map((condition) => `  (d) => ${condition.js},`).join('\n')}\n];\n`);
  return (await import(pathToFileURL(file).href)).conditions;
}

function assertAgreement(label, conditions, evaluators, records) {
  for (const data of records) {
    conditions.forEach((condition, index) => {
      const expected = jsonLogic.truthy(jsonLogic.apply(condition.logic, data));
      for (const [name, predicates] of Object.entries(evaluators)) {
        if (predicates[index](data) !== expected) {
          throw new Error(`${label}: ${name} disagrees with json-logic-js on ${JSON.stringify(condition.logic)}`);
        }
      }
    });
  }
}

const format = (value, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const directory = mkdtempSync(path.join(tmpdir(), 'checkwright-eval-bench-'));
try {
  console.log(`node ${process.version}, ${RUNS} runs per figure (median), ${RECORDS} case records`);
  const growth = [];
  // evaluate() of every size is timed at the end, the sizes taking turns, so growth is read under one load.
  const evaluations = {};
  for (const itemCount of [100, 200, 400]) {
    const { ir, conditions, records } = generate(itemCount, { records: RECORDS });
    for (const condition of conditions) {
      const problems = checkRule(condition.logic);
      if (problems.length > 0) throw new Error(`generated an invalid rule: ${problems.join('; ')}`);
    }
    // One numbering for the checklist's conditions, as loadChecklist makes.
    const slots = new Slots();
    const compiled = conditions.map((condition) => compileCondition(condition.logic, slots));
    const reference = conditions.map((condition) => (data) => jsonLogic.truthy(jsonLogic.apply(condition.logic, data)));
    const hand = await handWritten(conditions, directory, `conditions_${itemCount}`);
    assertAgreement(`${itemCount} items`, conditions, { compiled, hand }, records);

    const units = conditions.length * records.length;
    const timed = measure({
      jsonLogic: { body: conditionLoop(reference, records), units },
      compiled: { body: conditionLoop(compiled, records), units },
      remembering: { body: rememberingLoop(compiled, records, slots), units },
      hand: { body: conditionLoop(hand, records), units },
    });
    const figures = {
      items: itemCount,
      conditions: conditions.length,
      jsonLogic: timed.jsonLogic.median,
      compiled: timed.compiled.median,
      hand: timed.hand.median,
      remembering: timed.remembering.median,
      compiledOverHand: medianRatio(timed.compiled, timed.hand),
      rememberingOverHand: medianRatio(timed.remembering, timed.hand),
      jsonLogicOverCompiled: medianRatio(timed.jsonLogic, timed.compiled),
    };

    if ('unavailable' in runtime || typeof runtime.evaluate !== 'function') {
      figures.evaluate = 'not available';
    } else {
      const loaded = runtime.loadChecklist(ir);
      if (!loaded.ok) {
        figures.evaluate = `not available (loadChecklist: ${loaded.errors.slice(0, 2).join('; ')})`;
      } else {
        const states = records.map((record) => ({ responses: record.responses, completed: [] }));
        let next = 0;
        const evaluateOne = () => {
          const index = next++ % records.length;
          sink += runtime.evaluate(loaded.checklist, records[index].case, states[index]).steps.length;
        };
        evaluations[itemCount] = { body: evaluateOne, units: 1 };
        if (itemCount === 200) {
          // One case and state evaluated again and again, as a session re-evaluates its case after
          // each answer: everything it reads stays in the CPU caches, where 20 rotating records do not.
          evaluations.again = { body: () => (sink += runtime.evaluate(loaded.checklist, records[0].case, states[0]).steps.length), units: 1 };
        }
        if (baseline) evaluations[`baseline ${itemCount}`] = { body: baselineEvaluation(baseline, ir, records, states), units: 1 };
      }
    }
    growth.push(figures);
  }
  const evaluated = measure(evaluations);
  for (const f of growth) if (f.items in evaluated) f.evaluate = evaluated[f.items].median;
  for (const f of growth) {
    const before = evaluated[`baseline ${f.items}`];
    if (before) f.baseline = { median: before.median, speedUp: medianRatio(before, evaluated[f.items]) };
  }

  console.log('\nPer condition (ns, median; all three agree with json-logic-js on every record):');
  console.log('| items | conditions | json-logic-js | compiled | compiled + conditionData | hand-written JS | compiled ÷ hand | compiled + conditionData ÷ hand | json-logic-js ÷ compiled |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const f of growth) {
    console.log(
      `| ${f.items} | ${f.conditions} | ${format(f.jsonLogic)} | ${format(f.compiled, 1)} | ${format(f.remembering, 1)} | ${format(f.hand, 1)} | ` +
        `${format(f.compiledOverHand, 2)}× | ${format(f.rememberingOverHand, 2)}× | ${format(f.jsonLogicOverCompiled, 1)}× |`,
    );
  }
  console.log('\nAll conditions of one checklist against one case (µs), and the full runtime evaluate():');
  console.log('| items | json-logic-js | compiled | compiled + conditionData | hand-written JS | evaluate() µs | evaluate() ns per item | evaluations/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const f of growth) {
    const perChecklist = (ns) => format((ns * f.conditions) / 1000, 1);
    const evaluate =
      typeof f.evaluate === 'number'
        ? `${format(f.evaluate / 1000, 1)} | ${format(f.evaluate / f.items)} | ${format(1e9 / f.evaluate)}`
        : `${f.evaluate} | — | —`;
    console.log(`| ${f.items} | ${perChecklist(f.jsonLogic)} | ${perChecklist(f.compiled)} | ${perChecklist(f.remembering)} | ${perChecklist(f.hand)} | ${evaluate} |`);
  }
  if (evaluated.again) {
    console.log(`\nevaluate(), 200 items, one case and state again and again (caches warm): ${format(evaluated.again.median / 1000, 1)} µs`);
  }
  if (baseline) {
    console.log('\nevaluate() of the baseline (--baseline) and of the current runtime, taking turns (µs):');
    console.log('| items | baseline µs | current µs | speed-up |');
    console.log('|---|---|---|---|');
    for (const f of growth) {
      if (f.baseline) console.log(`| ${f.items} | ${format(f.baseline.median / 1000, 1)} | ${format(f.evaluate / 1000, 1)} | ${format(f.baseline.speedUp, 2)}× |`);
    }
  }
  if (sink === -1) console.log(sink);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
