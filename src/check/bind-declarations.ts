/**
 * Declarations of one namespace (case data, `udf`, `resolution`): the first declaration of each
 * path wins; clashes are noted for CW010. An identical re-declaration in another block (a
 * dictionary's field repeated in `data`, or a file imported twice) is allowed silently.
 */
import type { Decl } from '../language/ast.js';
import type { DeclSymbol, Duplicate } from './symbols.js';
import { describeType, declValueType, sameDataType } from './value-types.js';
import { renderMessage } from '../diagnostics/diagnostic.js';
import { Diagnostics } from '../diagnostics/messages.js';

export interface DeclSource {
  readonly decls: readonly Decl[];
  readonly file: string;
}

export interface BoundDeclarations {
  /** Distinct paths in declaration order. */
  readonly symbols: DeclSymbol[];
  readonly byPath: Map<string, DeclSymbol>;
}

export function bindDeclarations(sources: readonly DeclSource[], namespace: string, duplicates: Duplicate[]): BoundDeclarations {
  const bound: BoundDeclarations = { symbols: [], byPath: new Map() };
  const sourceOf = new Map<DeclSymbol, DeclSource>();
  for (const source of sources) {
    for (const decl of source.decls) {
      noteDuplicateChoiceValues(decl, source.file, duplicates);
      const path = decl.path.text;
      const first = bound.byPath.get(path);
      if (first === undefined) {
        const symbol: DeclSymbol = { decl, file: source.file, index: bound.symbols.length };
        bound.symbols.push(symbol);
        bound.byPath.set(path, symbol);
        sourceOf.set(symbol, source);
        continue;
      }
      if (sourceOf.get(first) !== source && sameDataType(first.decl.type, decl.type)) continue;
      duplicates.push({
        file: source.file,
        span: decl.path.span,
        problem: renderMessage(
          sourceOf.get(first) === source ? Diagnostics.DuplicateDeclarationSameFile : Diagnostics.DuplicateDeclaration,
          [namespace, path, describeType(declValueType(first.decl.type)), where(first)],
        ),
      });
    }
  }
  notePrefixClashes(bound, namespace, duplicates);
  return bound;
}

function where(symbol: DeclSymbol): string {
  return `${symbol.file}:${symbol.decl.path.span.line}`;
}

/** `a` and `a.b` cannot both be fields: `a` would be a value and an object at once. */
function notePrefixClashes(bound: BoundDeclarations, namespace: string, duplicates: Duplicate[]): void {
  for (const symbol of bound.symbols) {
    const segments = symbol.decl.path.text.split('.');
    for (let length = 1; length < segments.length; length++) {
      const prefix = bound.byPath.get(segments.slice(0, length).join('.'));
      if (prefix === undefined) continue;
      const [earlier, later] = prefix.index < symbol.index ? [prefix, symbol] : [symbol, prefix];
      duplicates.push({
        file: later.file,
        span: later.decl.path.span,
        problem: renderMessage(Diagnostics.PathPrefixClash, [namespace, later.decl.path.text, earlier.decl.path.text, where(earlier), prefix.decl.path.text]),
      });
    }
  }
}

function noteDuplicateChoiceValues(decl: Decl, file: string, duplicates: Duplicate[]): void {
  if (decl.type.kind !== 'choice') return;
  const seen = new Set<string>();
  for (const value of decl.type.values) {
    if (!seen.has(value.value)) {
      seen.add(value.value);
      continue;
    }
    duplicates.push({
      file,
      span: value.span,
      problem: renderMessage(Diagnostics.DuplicateChoiceValue, [JSON.stringify(value.value), decl.path.text]),
    });
  }
}
