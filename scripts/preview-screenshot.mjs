// Writes docs/images/preview.png, the README's screenshot of `checkwright preview`: the
// identity-theft sample with its fresh case, a few answers given so statuses and whys show.
// Run: npm run preview:screenshot (builds first; uses Chromium at $CHECKWRIGHT_CHROMIUM or /usr/bin/chromium).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startPreview } from '../src/preview/index.ts';
import { launchBrowser } from '../test/preview/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const started = await startPreview({
  checklist: { cwd: root, absolute: path.join(root, 'samples/identity_theft.checklist'), display: 'samples/identity_theft.checklist' },
  caseFile: { absolute: path.join(root, 'samples/cases/identity_theft.fresh.case.json'), display: 'samples/cases/identity_theft.fresh.case.json' },
});
if (!started.ok) throw new Error(started.message);
const chromium = await launchBrowser();
try {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(started.server.url);
  await page.waitForSelector('[data-step="intro"]');
  await page.check('[data-input="procedure_read"]');
  await page.click('[data-complete="intro"]');
  await page.click('[data-input="has_files"] button[data-value="false"]');
  await page.check('[data-input="reviewed"] [data-file="f-1001"] input[value="relevant"]');
  mkdirSync(path.join(root, 'docs/images'), { recursive: true });
  await page.screenshot({ path: path.join(root, 'docs/images/preview.png') });
  console.log('wrote docs/images/preview.png');
} finally {
  await chromium.close();
  await started.server.close();
}
