/**
 * The shape check: the document, as plain data, against schemas/checklist-yaml.schema.json
 * (precompiled by scripts/gen-validators.mjs, so no start pays for ajv's compiler), and each
 * ajv error in plain words at its YAML node.
 */
import { Diagnostics, Hints } from '../diagnostics/messages.js';
import { hint } from '../diagnostics/diagnostic.js';
import type { ErrorObject } from 'ajv';
import schema from '../../schemas/checklist-yaml.schema.json' with { type: 'json' };
import { didYouMean, suggest } from '../check/suggest.js';
import type { Span } from '../language/span.js';
import { asMap, quoted, report, spanOf, type YamlContext, type YamlNode } from './context.js';
import { nodeAt, pointerSegments } from './pointer.js';
import type { Plain } from './to-plain.js';
import validateShape from './generated/validate-shape.js';

const { id: ID_SCHEMA, path: PATH_SCHEMA, date: DATE_SCHEMA } = schema.definitions;

export function checkShape(ctx: YamlContext, root: YamlNode, data: Plain): void {
  if (validateShape(data)) return;
  const errors = validateShape.errors ?? [];
  for (const error of errors) {
    if (!isExplainedElsewhere(error, errors)) reportError(ctx, root, error);
  }
}

/**
 * `propertyNames` repeats its inner error; a missing key that an unknown key at the same place
 * is a misspelling of (`titel` for `title`) is already explained by the unknown key.
 */
function isExplainedElsewhere(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'propertyNames') return true;
  if (error.keyword !== 'required') return false;
  const missing = String(error.params.missingProperty);
  return all.some(
    (other) =>
      other.keyword === 'additionalProperties' &&
      other.instancePath === error.instancePath &&
      suggest(String(other.params.additionalProperty), [missing]) === missing,
  );
}

function reportError(ctx: YamlContext, root: YamlNode, error: ErrorObject): void {
  const at = nodeAt(ctx, root, error.instancePath);
  const valueSpan = spanOf(ctx, at.node, at.keyNode && spanOf(ctx, at.keyNode));
  const subject = subjectOf(error.instancePath);
  const context = contextOf(error);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const candidates = Object.keys(error.parentSchema?.properties ?? {});
      const keyAt = nodeAt(ctx, root, `${error.instancePath}/${escapePointer(key)}`);
      const span = spanOf(ctx, keyAt.keyNode, valueSpan);
      report(ctx, Diagnostics.UnknownKey, span, [quoted(key), context], didYouMean(key, candidates) ?? hint(Hints.KeysHere, [listOf(candidates)]));
      return;
    }
    case 'required':
      report(ctx, Diagnostics.MissingKey, firstKeySpan(ctx, at.node, valueSpan), [context, String(error.params.missingProperty)]);
      return;
    case 'dependencies': {
      const property = String(error.params.property);
      const keyAt = nodeAt(ctx, root, `/${escapePointer(property)}`);
      const span = spanOf(ctx, keyAt.keyNode, valueSpan);
      if (property === 'checklist') report(ctx, Diagnostics.ChecklistNeedsTitle, span);
      else report(ctx, Diagnostics.BelongsToChecklist, span, [property]);
      return;
    }
    case 'type':
      report(ctx, Diagnostics.WrongKind, valueSpan, [subject, expectedKind(error)]);
      return;
    case 'pattern': {
      // A key's name (`propertyNames`) is reported at that key.
      const named = error.propertyName === undefined ? undefined : nodeAt(ctx, root, `${error.instancePath}/${escapePointer(error.propertyName)}`).keyNode;
      reportPattern(ctx, error, named ? spanOf(ctx, named) : valueSpan, subject);
      return;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).filter((v) => typeof v === 'string') as string[];
      report(ctx, Diagnostics.NotAmongAllowed, valueSpan, [subject, listOf(allowed)], typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined);
      return;
    }
    case 'minItems':
    case 'maxItems':
      report(ctx, Diagnostics.WrongCount, valueSpan, [subject, countOf(error.parentSchema?.minItems, error.parentSchema?.maxItems)]);
      return;
    default:
      report(ctx, Diagnostics.DoesNotFit, valueSpan, [subject, error.message ?? 'does not fit the form']);
  }
}

function reportPattern(ctx: YamlContext, error: ErrorObject, span: Span, subject: string): void {
  const written = error.propertyName ?? String(error.data);
  const pattern = String(error.params.pattern);
  if (pattern === DATE_SCHEMA.pattern) {
    report(ctx, Diagnostics.NotADate, span, [subject]);
  } else if (pattern === PATH_SCHEMA.pattern) {
    report(ctx, Diagnostics.InvalidPath, span, [quoted(written), PATH_SCHEMA.description]);
  } else {
    report(ctx, Diagnostics.InvalidId, span, [quoted(written), ID_SCHEMA.description]);
  }
}

/** "`required`", or "entry 2 of `options`" for a list element. */
function subjectOf(pointer: string): string {
  const segments = pointerSegments(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return 'the file';
  if (!/^\d+$/.test(last)) return quoted(last);
  const parent = segments[segments.length - 2];
  return `entry ${Number(last) + 1} of ${quoted(parent ?? 'the list')}`;
}

function contextOf(error: ErrorObject): string {
  const title = error.parentSchema?.title;
  return typeof title === 'string' ? title : 'this map';
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  null: 'empty',
};

function expectedKind(error: ErrorObject): string {
  const pattern = error.parentSchema?.pattern;
  if (pattern === ID_SCHEMA.pattern) return 'an id';
  if (pattern === PATH_SCHEMA.pattern) return 'a path';
  if (pattern === DATE_SCHEMA.pattern) return 'a date like `2024-01-31`';
  const types = ([] as unknown[]).concat(error.params.type).map(String);
  // A number is accepted where text is (kept as written), so it is not worth naming.
  const named = types.includes('string') ? types.filter((t) => t !== 'number') : types;
  return named.map((t) => KIND_WORDS[t] ?? t).join(' or ');
}

function countOf(min: unknown, max: unknown): string {
  if (typeof min === 'number' && min === max) return `exactly ${min} ${min === 1 ? 'entry' : 'entries'}`;
  if (typeof min === 'number') return `at least ${min} ${min === 1 ? 'entry' : 'entries'}`;
  return `at most ${String(max)} entries`;
}

function listOf(words: readonly string[]): string {
  return words.map((w) => `\`${w}\``).join(', ');
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A missing key is reported on the map's first line, not across the whole map. */
function firstKeySpan(ctx: YamlContext, node: YamlNode, fallback: Span): Span {
  const first = asMap(ctx, node)?.items[0]?.key as YamlNode;
  return first ? spanOf(ctx, first) : fallback;
}
