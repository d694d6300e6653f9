// Rewrites samples/invalid/*.expected from the real compiler: `npm run golden:update`
// (node --import tsx, so the TypeScript sources load directly). Review the diff before committing:
// a changed line is either a better message or a regression.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT,
  compileSample,
  goldenText,
  invalidSamples,
  readRepoFile,
} from '../test/golden/golden-lines.ts';

function readIfPresent(file) {
  try {
    return readRepoFile(file);
  } catch {
    return undefined;
  }
}

let changed = 0;
let missingCode = 0;
for (const sample of invalidSamples()) {
  const diagnostics = compileSample(sample.file);
  const text = goldenText(diagnostics);
  if (!diagnostics.some((d) => d.code === sample.code)) {
    missingCode++;
    console.warn(`${sample.file}: does not report ${sample.code} (the rule is missing or the sample is wrong)`);
  }
  if (readIfPresent(sample.expectedFile) !== text) {
    writeFileSync(path.join(REPO_ROOT, sample.expectedFile), text);
    changed++;
    console.log(`updated ${sample.expectedFile}`);
  }
}
console.log(`${changed} golden file(s) updated${missingCode ? `, ${missingCode} sample(s) missing their code` : ''}`);
