#!/usr/bin/env node
// The installed command. The CLI itself is the bundle scripts/bundle.mjs builds (`npm run build`,
// also run by `npm install` through `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);

if (!existsSync(cli)) {
  process.stderr.write('checkwright: dist/cli.js is missing; run `npm run build` first\n');
  process.exitCode = 2;
} else {
  try {
    await import(cli.href);
  } catch (error) {
    // Only loading can fail here (a dependency missing from node_modules): the CLI's own run never throws.
    process.stderr.write(`checkwright: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CHECKWRIGHT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}
