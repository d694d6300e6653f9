// Not a test: how long lex, then depth check + parse + AST, take on a generated 2,000-step × 5-item
// checklist (~1.2 MB), beside JSON.parse of the resulting AST as JSON (a yardstick for the
// machine's speed at the moment). Bundle it first, since
// tsx's name-keeping wraps every closure and slows chevrotain:
//   npx esbuild test/syntax/measure-parse.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=node_modules/.cache/measure-parse.mjs \
//     && node node_modules/.cache/measure-parse.mjs
import { limitConditionDepth } from '../../src/syntax/depth.js';
import { parseChecklistText } from '../../src/syntax/index.js';
import { checklistParser } from '../../src/syntax/parser.js';
import { AstBuilder } from '../../src/syntax/to-ast.js';
import { checklistLexer } from '../../src/syntax/tokens.js';

const STEPS = 2000;
const RUNS = 15;

function generatedChecklist(steps: number): string {
  const lines = ['checklist big "A big generated checklist" {', '  version 1', '  data {', '    account.balance number "Balance"', '    dispute.code text', '  }'];
  for (let s = 0; s < steps; s += 1) {
    lines.push(`  step s${s} "Step number ${s} of the generated checklist" ${s > 0 ? `when q${s - 1}_1 or account.balance > ${s}` : ''} {`);
    lines.push(`    instructions """\n      Read the **case** carefully before you answer step ${s}.\n    """`);
    lines.push(`    yes_no q${s}_1 "Does the consumer have additional files for step ${s}?" required`);
    lines.push(`    select q${s}_2 "Reason" options ["Verified", "Modified", "Deleted"] required when q${s}_1`);
    lines.push(`    text_area q${s}_3 "Explain the modification" max_length 500 when q${s}_2 == "Modified" and dispute.code in ["103", "104"]`);
    lines.push(`    upload_files q${s}_4 "Upload the supporting documents" max_files 5 downloadable`);
    lines.push('  }');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function timed<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

const source = generatedChecklist(STEPS);
const json = JSON.stringify(parseChecklistText(source, 'big.checklist').file);
const samples = { lex: [] as number[], parse: [] as number[], whole: [] as number[], wholeCpu: [] as number[], jsonParse: [] as number[] };
for (let run = 0; run < RUNS; run += 1) {
  const [lexMs, lexed] = timed(() => checklistLexer.tokenize(source));
  // The parser builds the AST of each rule as it ends: parse and AST are one phase.
  const [parseMs] = timed(() => {
    const builder = new AstBuilder('big.checklist', []);
    return builder.sourceFile(checklistParser.parseWith('file', limitConditionDepth(lexed.tokens, 'big.checklist').tokens, builder).node);
  });
  // CPU time too: the machine is shared, and wall time counts the time other processes had the CPU.
  const cpuStart = process.cpuUsage();
  const [wholeMs, result] = timed(() => parseChecklistText(source, 'big.checklist'));
  const cpu = process.cpuUsage(cpuStart);
  samples.wholeCpu.push((cpu.user + cpu.system) / 1000);
  if (result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
  const [jsonMs] = timed(() => JSON.parse(json));
  samples.lex.push(lexMs);
  samples.parse.push(parseMs);
  samples.whole.push(wholeMs);
  samples.jsonParse.push(jsonMs);
}
const median = (values: number[]): string => ([...values].sort((a, b) => a - b)[values.length >> 1] ?? 0).toFixed(1);
console.log(`${(source.length / 1e6).toFixed(2)} MB, ${RUNS} runs, medians in ms:`);
console.log(
  `lex ${median(samples.lex)}  depth+parse+AST ${median(samples.parse)}  parseChecklistText ${median(samples.whole)} (CPU ${median(samples.wholeCpu)})  (JSON.parse of the AST, ${(json.length / 1e6).toFixed(1)} MB: ${median(samples.jsonParse)})`,
);
