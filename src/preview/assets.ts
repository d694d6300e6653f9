/**
 * The page's files. The page script and its stylesheet are bundled by scripts/bundle.mjs into
 * dist/preview/; the runtime is dist/runtime.js, the same browser bundle applications load. The
 * package root is found by walking up from this module, which runs from src/preview (tests) or
 * from dist/cli.js (the installed command).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_HTML } from './html.js';

export interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/runtime.js': { file: 'dist/runtime.js', type: 'text/javascript; charset=utf-8' },
  '/page.js': { file: 'dist/preview/page.js', type: 'text/javascript; charset=utf-8' },
  '/page.css': { file: 'dist/preview/page.css', type: 'text/css; charset=utf-8' },
};

export type AssetsResult = { ok: true; assets: ReadonlyMap<string, Asset> } | { ok: false; message: string };

/** Read once at start: the served set is fixed, so no request can name any other file. */
export function loadAssets(from: string = path.dirname(fileURLToPath(import.meta.url))): AssetsResult {
  const root = packageRoot(from);
  if (root === undefined) return { ok: false, message: 'the preview page is not built (dist/preview/page.js is missing); run `npm run build`' };
  const assets = new Map<string, Asset>();
  const html = { type: 'text/html; charset=utf-8', body: Buffer.from(PAGE_HTML) };
  assets.set('/', html);
  assets.set('/index.html', html);
  for (const [route, { file, type }] of Object.entries(FILES)) assets.set(route, { type, body: readFileSync(path.join(root, file)) });
  return { ok: true, assets };
}

function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (Object.values(FILES).every(({ file }) => existsSync(path.join(dir, file)))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
