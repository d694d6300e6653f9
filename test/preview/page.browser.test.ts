/**
 * The preview page in a real browser (Debian's Chromium through playwright-core), driven only by
 * the SPEC §7.5 data-* attributes. Screenshots of every sample go to test/preview/artefacts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type TestBrowser } from './browser.js';
import { previewFixture, SAMPLES, type Fixture } from './fixture.js';

const ARTEFACTS = path.join(import.meta.dirname, 'artefacts');
const SAMPLE_CASES: readonly [string, string][] = [
  ['identity_theft.checklist', 'identity_theft.fresh.case.json'],
  ['aud_correction.checklist', 'aud_correction.case.json'],
  ['brr_block_rescission.checklist', 'brr_block_rescission.case.json'],
  ['customer_onboarding.checklist', 'customer_onboarding.case.json'],
  ['loan_dispute_of_purchase.checklist', 'loan_dispute_of_purchase.case.json'],
];

const caseText = (name: string): string => readFileSync(path.join(SAMPLES, 'cases', name), 'utf8');
const attr = (page: Page, selector: string, name: string): Promise<string | null> => page.getAttribute(selector, name);
async function expectAttr(page: Page, selector: string, name: string, value: string): Promise<void> {
  await page.waitForFunction(([s, n, v]) => document.querySelector(s!)?.getAttribute(n!) === v, [selector, name, value], { timeout: 5000 });
  expect(await attr(page, selector, name)).toBe(value);
}

describe('the preview page in Chromium', () => {
  let chromium: TestBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(() => chromium.close());

  it('works the identity-theft checklist: conditional step, completion in order, progress, resolution, live reload, diagnostics', async () => {
    const fixture: Fixture = await previewFixture('identity_theft.checklist', caseText('identity_theft.fresh.case.json'));
    try {
      const { page, problems } = await openPage(chromium.browser, fixture.server.url);
      await expectAttr(page, '[data-progress]', 'data-progress', '0/4');
      await expectAttr(page, '[data-step="intro"]', 'data-status', 'open');
      await expectAttr(page, '[data-step="evidence"]', 'data-status', 'locked');
      await expectAttr(page, '[data-resolution]', 'data-resolution', 'blocked');
      const blockersAtStart = await page.locator('[data-resolution] [data-blocked-by]').count();

      // A conditional step appears and disappears with the answer it reads; its why says so.
      await expectAttr(page, '[data-step="upload"]', 'data-status', 'hidden');
      expect(await page.textContent('[data-why="upload"]')).toContain('has_files');
      await page.click('[data-input="has_files"] button[data-value="true"]');
      await expectAttr(page, '[data-step="upload"]', 'data-visible', 'true');
      await expectAttr(page, '[data-progress]', 'data-progress', '0/5');
      await page.click('[data-input="has_files"] button[data-value="false"]');
      await expectAttr(page, '[data-step="upload"]', 'data-visible', 'false');
      await expectAttr(page, '[data-progress]', 'data-progress', '0/4');

      // Complete steps in order: the first one, then the next unlocks.
      expect(await page.isDisabled('[data-complete="intro"]')).toBe(true);
      await page.check('[data-input="procedure_read"]');
      await expectAttr(page, '[data-item="procedure_read"]', 'data-valid', 'true');
      await expectAttr(page, '[data-step="intro"]', 'data-status', 'ready');
      await page.click('[data-complete="intro"]');
      await expectAttr(page, '[data-step="intro"]', 'data-status', 'completed');
      await expectAttr(page, '[data-progress]', 'data-progress', '1/4');
      await expectAttr(page, '[data-step="evidence"]', 'data-status', 'open');
      await expectAttr(page, '[data-step="evidence"]', 'data-current', 'true');
      expect(await page.locator('[data-resolution] [data-blocked-by]').count()).toBeLessThan(blockersAtStart);

      // A date item shown by an answer; a hidden item is greyed with its why.
      await expectAttr(page, '[data-item="report_date"]', 'data-visible', 'false');
      expect(await page.textContent('[data-why="report_date"]')).toContain('has_report');
      await page.click('[data-input="has_report"] button[data-value="true"]');
      await expectAttr(page, '[data-item="report_date"]', 'data-visible', 'true');
      await page.fill('[data-input="report_date"]', '2026-11-01');
      await expectAttr(page, '[data-item="report_date"]', 'data-valid', 'true');
      await page.check('[data-input="reviewed"] [data-file="f-1001"] input[value="relevant"]');
      await page.check('[data-input="reviewed"] [data-file="f-1002"] input[value="not_relevant"]');
      await expectAttr(page, '[data-item="reviewed"]', 'data-valid', 'true');
      await expectAttr(page, '[data-step="evidence"]', 'data-status', 'ready');
      await page.click('[data-complete="evidence"]');
      await expectAttr(page, '[data-progress]', 'data-progress', '2/4');

      // Saving the file reloads the page with the answers and completions kept.
      const source = readFileSync(fixture.file, 'utf8');
      writeFileSync(fixture.file, source.replace('"Identity Theft Investigation"', '"Identity Theft (edited)"'));
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('(edited)') === true, undefined, { timeout: 10_000 });
      expect(await page.isChecked('[data-input="procedure_read"]')).toBe(true);
      expect(await page.inputValue('[data-input="report_date"]')).toBe('2026-11-01');
      await expectAttr(page, '[data-progress]', 'data-progress', '2/4');
      await expectAttr(page, '[data-step="evidence"]', 'data-status', 'completed');

      // A file that stops compiling shows its diagnostics, not a stale form; fixing it brings the form back.
      writeFileSync(fixture.file, source.replace('when has_files {', 'when has_filez {'));
      await page.waitForSelector('[data-diagnostics]', { timeout: 10_000 });
      expect(await page.textContent('[data-diagnostics]')).toMatch(/error CW\d{3}/);
      expect(await page.locator('[data-step]').count()).toBe(0);
      writeFileSync(fixture.file, source);
      await page.waitForSelector('[data-step="intro"][data-status="completed"]', { timeout: 10_000 });

      // Case data edited in the panel: invalid JSON is shown, never a crash; valid JSON re-evaluates.
      await page.fill('#case-json', '{ "dispute": ');
      await page.waitForSelector('[data-case-error]:not([hidden])');
      expect(await page.textContent('[data-case-error]')).toMatch(/not JSON/);
      await expectAttr(page, '[data-step="intro"]', 'data-status', 'completed');
      await page.fill('#case-json', caseText('identity_theft.fresh.case.json').replace('"files": [', '"files": [{ "id": "f-9", "name": "new.pdf" },'));
      await page.waitForSelector('[data-input="reviewed"] [data-file="f-9"]');
      await expectAttr(page, '[data-step="evidence"]', 'data-status', 'open');

      expect(problems).toEqual([]);
    } finally {
      await fixture.close();
    }
  });

  it('shows a case file that is not JSON on the page, and a deleted checklist as such', async () => {
    const fixture = await previewFixture('identity_theft.checklist', 'not json at all');
    try {
      const { page, problems } = await openPage(chromium.browser, fixture.server.url);
      await page.waitForSelector('[data-case-error]:not([hidden])');
      expect(await page.textContent('[data-case-error]')).toContain('case.json is not JSON');
      expect(await page.inputValue('#case-json')).toBe('not json at all');
      await page.waitForSelector('[data-step="intro"]');
      writeFileSync(fixture.file, '');
      await page.waitForSelector('[data-diagnostics], [data-no-checklist]', { timeout: 10_000 });
      const { rmSync } = await import('node:fs');
      rmSync(fixture.file);
      await page.waitForSelector('[data-deleted]', { timeout: 10_000 });
      expect(problems).toEqual([]);
    } finally {
      await fixture.close();
    }
  });

  it('renders every sample with a control per item, no CSP violation, and takes its screenshot', async () => {
    for (const [sample, caseFile] of SAMPLE_CASES) {
      const fixture = await previewFixture(sample, caseText(caseFile));
      try {
        const { page, problems } = await openPage(chromium.browser, fixture.server.url);
        await page.waitForSelector('[data-step]');
        const items = await page.$$eval('[data-item]', (nodes) => nodes.map((n) => [n.getAttribute('data-item'), n.getAttribute('data-type'), n.querySelector('[data-input]') !== null] as const));
        for (const [id, type, hasControl] of items) expect(hasControl || type === 'instructions', `${sample}: ${id} (${type})`).toBe(true);
        expect(await page.getAttribute('[data-progress]', 'data-progress')).toMatch(/^\d+\/\d+$/);
        await page.screenshot({ path: path.join(ARTEFACTS, `${sample.replace('.checklist', '')}.png`), fullPage: true });
        expect(problems, sample).toEqual([]);
        await page.close();
      } finally {
        await fixture.close();
      }
    }
  });
});
