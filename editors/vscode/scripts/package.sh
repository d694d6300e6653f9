#!/bin/sh
# Builds and checks the VS Code extension: editors/vscode/checkwright-VERSION.vsix.
# Needs the repository's own install (esbuild and typescript come from ../../node_modules); the
# extension's packages (vsce, vscode-languageclient) stay in its own package.json so the root
# install does not pay for them. Run from anywhere: sh editors/vscode/scripts/package.sh
set -eu
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --strict-allow-scripts
node ../../node_modules/typescript/bin/tsc -p .
version=$(node -p "require('./package.json').version")
vsix="checkwright-$version.vsix"
rm -f "$vsix"
# vscode:prepublish (scripts/build.mjs) bundles the client and the server first.
npx --no-install @vscode/vsce package --no-dependencies --out "$vsix"
node scripts/check-vsix.mjs "$vsix"
