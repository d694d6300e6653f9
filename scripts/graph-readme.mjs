// `npm run graph:readme`: the README's picture, docs/images/identity_theft.graph.svg, drawn by
// Graphviz from `checkwright graph samples/identity_theft.checklist --format dot` (run after a build).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dot = execFileSync(process.execPath, [path.join(root, 'bin/checkwright.js'), 'graph', 'samples/identity_theft.checklist', '--format', 'dot'], { cwd: root, encoding: 'utf8' });
const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
writeFileSync(path.join(root, 'docs/images/identity_theft.graph.svg'), svg);
