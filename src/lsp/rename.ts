/**
 * Rename an id with every reference to it. Refused (an error the editor shows) when the new name
 * is not an identifier (a path, for case data), is reserved (SPEC §2.1) or is already taken.
 */
import type { Position, WorkspaceEdit } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { reservedSegmentProblem } from '../check/reserved.js';
import type { Analysis } from './workspace.js';
import { occurrenceAt, occurrencesOf } from './lookup.js';
import { rangeOf } from './positions.js';

export type RenameResult = { readonly ok: true; readonly edit: WorkspaceEdit } | { readonly ok: false; readonly message: string };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function rename(analysis: Analysis, position: Position, newName: string): RenameResult {
  const occurrence = occurrenceAt(analysis, position);
  if (occurrence === undefined) return { ok: false, message: 'there is no step, item, data path, outcome or status here to rename' };
  const definition = occurrence.definition;
  const shape = definition.kind === 'case' || definition.kind === 'udf' ? PATH : IDENTIFIER;
  if (!shape.test(newName)) return { ok: false, message: `\`${newName}\` is not ${shape === PATH ? 'a path' : 'an identifier'}` };
  const reserved = reservedSegmentProblem(newName);
  if (reserved !== undefined) return { ok: false, message: `cannot rename to \`${newName}\`: ${reserved}` };
  const namespace = definition.kind === 'step' || definition.kind === 'item' ? ['step', 'item'] : [definition.kind];
  const taken = analysis.names.definitions.find((d) => d !== definition && d.id === newName && namespace.includes(d.kind));
  if (taken !== undefined) return { ok: false, message: `\`${newName}\` is already the id of a ${taken.kind}` };
  const changes: NonNullable<WorkspaceEdit['changes']> = {};
  for (const o of occurrencesOf(analysis, definition)) {
    (changes[pathToFileURL(o.file).href] ??= []).push({ range: rangeOf(o.span), newText: newName });
  }
  return { ok: true, edit: { changes } };
}
