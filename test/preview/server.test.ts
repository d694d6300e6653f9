import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../src/preview/index.js';
import { eventually, get, previewFixture, type Fixture } from './fixture.js';

const CSP = "default-src 'self'";

describe('preview server', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await previewFixture('identity_theft.checklist', '{ "dispute": ');
  });
  afterAll(() => fixture.close());

  it('binds a loopback address on a free port and serves the page with a strict CSP', async () => {
    expect(fixture.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(fixture.server.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(page.body).toContain('<script type="module" src="/page.js">');
    // No inline script or style anywhere in the shell.
    expect(page.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    for (const asset of ['/page.js', '/page.css', '/runtime.js']) {
      const reply = await get(fixture.server.url, asset);
      expect(reply.status, asset).toBe(200);
      expect(reply.headers['content-security-policy'], asset).toBe(CSP);
    }
  });

  it('refuses to bind anything but loopback, and a bad port', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
      const result = await startPreview({ checklist: { cwd: fixture.dir, absolute: fixture.file, display: 'x' }, host });
      expect(result.ok, host).toBe(false);
    }
    const badPort = await startPreview({ checklist: { cwd: fixture.dir, absolute: fixture.file, display: 'x' }, port: 70000 });
    expect(badPort).toEqual({ ok: false, message: expect.stringContaining('--port') });
  });

  it('serves only its own routes: traversal, encoded slashes and backslashes, NUL and absolute paths get 400/404', async () => {
    const attempts = [
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/../package.json',
      '/..%5c..%5cpackage.json',
      '/%5cetc%5cpasswd',
      '/page.js%00.css',
      '/%00',
      '/%zz',
      '//etc/passwd',
      '/etc/passwd',
      '/src/preview/server.ts',
      '/dist/runtime.js',
      '/package.json',
      `/${encodeURIComponent(fixture.file)}`,
    ];
    for (const attempt of attempts) {
      const reply = await get(fixture.server.url, attempt);
      expect([400, 404], attempt).toContain(reply.status);
      expect(reply.headers['content-security-policy'], attempt).toBe(CSP);
      expect(reply.body, attempt).not.toContain('checkwright');
    }
  });

  it('answers only requests addressed to it by a loopback name (DNS rebinding)', async () => {
    const port = new URL(fixture.server.url).port;
    expect((await get(fixture.server.url, '/', `evil.example:${port}`)).status).toBe(400);
    expect((await get(fixture.server.url, '/', `localhost:${port}`)).status).toBe(200);
  });

  it('gives a case file that is not JSON to the page as an error with its text', async () => {
    const reply = JSON.parse((await get(fixture.server.url, '/api/case')).body);
    expect(reply).toMatchObject({ kind: 'error', file: 'case.json', text: '{ "dispute": ' });
    expect(reply.message).toMatch(/case\.json is not JSON/);
  });

  it('re-compiles on save: a broken file gives diagnostics, a rename-replace and a deletion are seen', async () => {
    const checklist = async (): Promise<{ kind: string; text?: string; ir?: { title: string } }> => JSON.parse((await get(fixture.server.url, '/api/checklist')).body);
    expect((await checklist()).kind).toBe('ok');
    const source = readFileSync(fixture.file, 'utf8');

    writeFileSync(fixture.file, source.replace('step upload "Upload files" when has_files', 'step upload "Upload files" when has_filez'));
    const broken = await eventually(checklist, (c) => c.kind === 'failed');
    expect(broken.kind).toBe('failed');
    expect(broken.text).toMatch(/identity_theft\.checklist:\d+:\d+: error CW\d{3}/);

    // As editors save: write a temporary file, rename it over the original.
    const temporary = path.join(fixture.dir, '.identity_theft.checklist.swp');
    writeFileSync(temporary, source.replace('"Identity Theft Investigation"', '"Renamed Title"'));
    renameSync(temporary, fixture.file);
    const replaced = await eventually(checklist, (c) => c.ir?.title === 'Renamed Title');
    expect(replaced.ir?.title).toBe('Renamed Title');

    rmSync(fixture.file);
    expect((await eventually(checklist, (c) => c.kind === 'deleted')).kind).toBe('deleted');
    writeFileSync(fixture.file, source);
    expect((await eventually(checklist, (c) => c.kind === 'ok')).kind).toBe('ok');
  });
});
