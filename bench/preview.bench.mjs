// Re-evaluation after an answer in the preview page, in Chromium: the time from a click on a
// yes/no button to the updated form (the session's answer, the evaluation and the DOM update all
// run synchronously in the click handler), measured with performance.now() inside the page.
// Run: npm run build && node --import tsx bench/preview.bench.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileFile } from '../src/compile.ts';
import { startPreview } from '../src/preview/index.ts';
import { launchBrowser } from '../test/preview/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const samples = readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.checklist') && f !== 'dictionary.checklist');
const itemCount = (file) => {
  const { ir } = compileFile(path.join(root, 'samples', file));
  return ir === undefined ? 0 : [...ir.steps, ...Object.values(ir.closing ?? {}).flat()].reduce((n, s) => n + s.items.length, 0);
};
const largest = samples.map((file) => [file, itemCount(file)]).sort((a, b) => b[1] - a[1])[0];
const caseFile = path.join(root, 'samples/cases', largest[0].replace('.checklist', '.case.json'));
const started = await startPreview({
  checklist: { cwd: root, absolute: path.join(root, 'samples', largest[0]), display: `samples/${largest[0]}` },
  caseFile: { absolute: caseFile, display: path.relative(root, caseFile) },
});
if (!started.ok) throw new Error(started.message);
const chromium = await launchBrowser();
try {
  const page = await chromium.browser.newPage();
  await page.goto(started.server.url);
  await page.waitForSelector('[data-step]');
  const times = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('[data-input] button[data-value]')];
    const out = [];
    for (let i = 0; i < 200; i += 1) {
      const button = buttons[i % buttons.length];
      const t0 = performance.now();
      button.click();
      out.push(performance.now() - t0);
    }
    return out;
  });
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  console.log(`preview re-evaluation after an answer, ${largest[0]} (${largest[1]} items), ${times.length} answers in Chromium:`);
  console.log(`  median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1].toFixed(2)} ms (budget: 16 ms, one frame)`);
} finally {
  await chromium.close();
  await started.server.close();
}
