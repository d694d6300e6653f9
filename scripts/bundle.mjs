// The bundles (run by scripts/build.mjs):
//   dist/cli.js      the CLI (node, ESM, its packages bundled in: one file to load starts ~2× faster
//                    than resolving chevrotain's hundreds of lodash-es modules on every run)
//   dist/index.js    the compiler library (node, ESM, packages external)
//   dist/store.js    the audit store (node, ESM, packages external: better-sqlite3 is a native addon)
//   dist/runtime.js  the browser runtime (ESM, everything bundled, minified, no Node built-ins)
//   dist/preview/    the `preview` page's script and stylesheet (it loads the runtime from /runtime.js)
//   dist/types/      declarations (tsc --emitDeclarationOnly)
// An entry whose sources are not written yet is skipped with a warning, so one missing part never
// blocks the others; a runtime that imports a Node built-in fails the build.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fromRoot = (file) => path.join(root, file);

const nodeLibrary = { platform: 'node', target: 'node20', packages: 'external' };
// Bundled CommonJS packages call `require` for Node built-ins; ESM output needs one to exist.
const nodeProgram = {
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

const ENTRIES = [
  // The store's drivers stay external: better-sqlite3 loads a native addon from its own folder.
  { name: 'cli', entry: 'src/cli/main.ts', outfile: 'dist/cli.js', options: { ...nodeProgram, external: ['better-sqlite3', 'pg'] } },
  { name: 'library', entry: 'src/index.ts', outfile: 'dist/index.js', options: nodeLibrary },
  { name: 'store', entry: 'src/store/index.ts', outfile: 'dist/store.js', options: nodeLibrary },
  {
    name: 'runtime',
    entry: 'src/runtime/index.ts',
    outfile: 'dist/runtime.js',
    options: { platform: 'browser', target: 'es2022', minify: true, metafile: true },
    check: checkBrowserRuntime,
    onFailure: 'the browser runtime must not use Node built-ins or compiler code',
  },
  { name: 'preview page', entry: 'src/preview/page/main.ts', outfile: 'dist/preview/page.js', options: previewPage() },
];

/** The page imports the runtime's sources for their types; in the browser it loads dist/runtime.js, served as /runtime.js. */
function previewPage() {
  const runtimeBundle = {
    name: 'runtime-bundle',
    setup(build) {
      build.onResolve({ filter: /\/runtime\/index\.js$/ }, () => ({ path: '/runtime.js', external: true }));
    },
  };
  return { platform: 'browser', target: 'es2022', minify: true, plugins: [runtimeBundle] };
}

function warn(message) {
  process.stderr.write(`bundle: warning: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`bundle: error: ${message}\n`);
  process.exit(1);
}

/** esbuild reports an unresolvable relative import when another engineer's file is not there yet. */
function missingSource(error) {
  const messages = error?.errors ?? [];
  const missing = messages.find((m) => /^Could not resolve "\.{1,2}\//.test(m.text));
  return missing && `${missing.location?.file ?? ''}: ${missing.text}`;
}

async function bundle({ name, entry, outfile, options, check, onFailure }) {
  if (!existsSync(fromRoot(entry))) {
    warn(`${entry} does not exist yet; skipping ${outfile}`);
    return;
  }
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      sourcemap: false,
      logLevel: 'silent',
      ...options,
    });
  } catch (error) {
    const missing = missingSource(error);
    if (missing) {
      warn(`${name}: ${missing}; skipping ${outfile}`);
      return;
    }
    const where = (m) => (m.location ? `${m.location.file}:${m.location.line}: ` : '');
    const messages = (error?.errors ?? [error]).map((m) => `${where(m)}${m.text ?? String(m)}`).join('; ');
    fail(`${name}: ${messages}${onFailure ? ` (${onFailure})` : ''}`);
  }
  check?.(result, outfile);
}

/** The runtime must run in a browser: no `node:` import, no bare built-in, anywhere in its graph. */
function checkBrowserRuntime(result, outfile) {
  const builtins = new Set(builtinModules);
  const isNodeBuiltin = (spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]);
  const offenders = [];
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imported of input.imports) if (isNodeBuiltin(imported.path)) offenders.push(`${file} imports ${imported.path}`);
  }
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) if (isNodeBuiltin(imported.path)) offenders.push(`${outfile} imports ${imported.path}`);
  }
  if (offenders.length > 0) fail(`the browser runtime must not use Node built-ins:\n  ${offenders.join('\n  ')}`);
  const bytes = readFileSync(fromRoot(outfile));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  process.stdout.write(`bundle: ${outfile} ${kb(bytes.length)} minified, ${kb(gzipSync(bytes, { level: 9 }).length)} gzipped\n`);
}

/** Emitted afresh, so a declaration of a deleted source does not linger. */
function emitDeclarations() {
  rmSync(fromRoot('dist/types'), { recursive: true, force: true });
  const tsc = fromRoot('node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--emitDeclarationOnly', '--outDir', 'dist/types'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    const errors = (run.stdout ?? '').split('\n').filter((line) => line.includes('error TS')).length;
    warn(`tsc reported ${errors} type error(s); declarations in dist/types may be incomplete (npm test typechecks)`);
  }
}

for (const entry of ENTRIES) await bundle(entry);
emitDeclarations();
