/** A temporary copy of a sample (and its imports) that a test may edit, and a preview of it. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLES = path.join(ROOT, 'samples');

export interface Fixture {
  readonly dir: string;
  readonly file: string;
  readonly server: PreviewServer;
  close(): Promise<void>;
}

/** Copies `sample` (with dictionary.checklist, which samples import) and serves it with `caseText` as the case. */
export async function previewFixture(sample: string, caseText?: string): Promise<Fixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-preview-'));
  for (const name of [sample, 'dictionary.checklist']) copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
  const file = path.join(dir, sample);
  const casePath = path.join(dir, 'case.json');
  if (caseText !== undefined) writeFileSync(casePath, caseText);
  const started = await startPreview({
    checklist: { cwd: dir, absolute: file, display: sample },
    ...(caseText === undefined ? {} : { caseFile: { absolute: casePath, display: 'case.json' } }),
  });
  if (!started.ok) throw new Error(started.message);
  const server = started.server;
  return {
    dir,
    file,
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw GET: the path goes out byte for byte (no URL normalisation), and the Host header may be forged. */
export function get(base: string, rawPath: string, host?: string): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET', headers: host === undefined ? {} : { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Polls until `check` holds (file watching is asynchronous); bounded, so a failure is a failure, not a hang. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, tries = 100): Promise<T> {
  let value = await read();
  for (let i = 0; i < tries && !check(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
