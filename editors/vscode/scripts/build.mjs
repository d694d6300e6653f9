// Builds what the .vsix ships (run by `vscode:prepublish`, so `vsce package` always packs fresh files):
//   dist/extension.js       the client, vscode-languageclient bundled in (CommonJS: VS Code require()s it)
//   server/checkwright.mjs  the language server: the whole `checkwright` CLI bundled from the
//                           repository's sources, run as `checkwright.mjs lsp --stdio`
//   schemas/                the YAML form's JSON Schema, for `yamlValidation`
//   docs/diagnostics.md     where each diagnostic's code links (the server links next to itself)
// esbuild is the repository's (../../node_modules): the extension has no install of its own for it.
// The server is bundled from the sources, not copied from ../../dist, so a root build running at
// the same time (CI packages next to `npm test`) never hands it a half-written file.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repo = path.join(here, '..', '..');

await esbuild.build({
  entryPoints: [path.join(here, 'src', 'extension.ts')],
  outfile: path.join(here, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

// The same options as the CLI bundle of scripts/bundle.mjs. The store's drivers stay out: the
// server never opens a store, and the CLI imports them only when a command does.
await esbuild.build({
  entryPoints: [path.join(repo, 'src', 'cli', 'main.ts')],
  outfile: path.join(here, 'server', 'checkwright.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3', 'pg'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minify: true,
  logLevel: 'warning',
});

for (const file of ['schemas/checklist-yaml.schema.json', 'docs/diagnostics.md']) {
  mkdirSync(path.dirname(path.join(here, file)), { recursive: true });
  copyFileSync(path.join(repo, file), path.join(here, file));
}
