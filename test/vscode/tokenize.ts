/** Tokenizes `.checklist` text with the extension's TextMate grammar, as VS Code does (vscode-textmate + oniguruma). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';

// Both are CommonJS: `require` gives their exports the same under vitest and plain Node.
const require = createRequire(import.meta.url);
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;
const GRAMMAR = new URL('../../editors/vscode/syntaxes/checklist.tmLanguage.json', import.meta.url);

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<TextMate.IGrammar> | undefined;

function loadGrammar(): Promise<TextMate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
        createOnigString: (text: string) => oniguruma.createOnigString(text),
      }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR.pathname),
    });
    const loaded = await registry.loadGrammar('source.checklist');
    if (!loaded) throw new Error('the checklist grammar did not load');
    return loaded;
  })();
  return grammar;
}

/** Each line's tokens, the rule stack carried from line to line like the editor does. */
export async function tokenize(text: string): Promise<Token[][]> {
  const loaded = await loadGrammar();
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = loaded.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The innermost scope of the token that `word` is (the first token of that text on the line holding `lineText`). */
export function scopeOf(lines: readonly Token[][], lineText: string, word: string, source: string): string {
  const index = source.split(/\r?\n/).findIndex((line) => line.includes(lineText));
  const token = lines[index]?.find((t) => t.text.trim() === word);
  if (!token) throw new Error(`no token "${word}" on the line with "${lineText}"`);
  return token.scopes[token.scopes.length - 1] ?? '';
}
