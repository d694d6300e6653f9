/**
 * Which `checkwright` the extension starts as its language server, first found wins:
 * the `checkwright.server.path` setting, the workspace's own `node_modules/checkwright` (the
 * version the project pins, like ESLint's and Prettier's extensions), then the CLI bundle the
 * extension ships (server/checkwright.mjs), so it works in a folder with no install.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface ServerChoice {
  readonly module: string;
  readonly source: 'setting' | 'workspace' | 'bundled';
}

export function chooseServer(setting: string | undefined, workspaceFolders: readonly string[], extensionPath: string, exists = existsSync): ServerChoice {
  if (setting) return { module: setting, source: 'setting' };
  for (const folder of workspaceFolders) {
    const installed = path.join(folder, 'node_modules', 'checkwright', 'bin', 'checkwright.js');
    if (exists(installed)) return { module: installed, source: 'workspace' };
  }
  return { module: path.join(extensionPath, 'server', 'checkwright.mjs'), source: 'bundled' };
}
