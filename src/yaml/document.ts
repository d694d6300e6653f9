/**
 * One YAML document → the file's imports, `fields` dictionaries and checklist. The top-level
 * `import` and `fields` keys are this form's twins of the text form's `import` and `fields`.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import type { Checklist, Closing, FieldsBlock, Import, Outcome } from '../language/ast.js';
import { conditionOf } from './conditions.js';
import { asMap, asScalar, entries, entry, report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { declarationsOf } from './declarations.js';
import { lifecycleOf } from './lifecycle.js';
import { integerOf, keyName, nameOf, strOf } from './scalars.js';
import { stepsOf } from './steps.js';

export interface DocumentParts {
  readonly imports: Import[];
  readonly fields: FieldsBlock[];
  readonly checklist?: Checklist;
  /** Where the checklist id is written (a second checklist in the file is CW004 there). */
  readonly checklistKey?: Entry;
}

export function readDocument(ctx: YamlContext, root: YamlNode): DocumentParts {
  const keys = entries(ctx, root);
  const importEntry = entry(keys, 'import');
  const fieldsEntry = entry(keys, 'fields');
  const checklistKey = entry(keys, 'checklist');
  const imports = importEntry ? importsOf(ctx, importEntry.value) : [];
  const fields: FieldsBlock[] = fieldsEntry
    ? [{ decls: declarationsOf(ctx, fieldsEntry.value), file: ctx.file, span: fieldsEntry.span }]
    : [];
  // Checklist members without `checklist` are reported by the shape check, at each member.
  const onlyImports = keys.every((key) => key.key === 'import');
  if (!checklistKey && !fieldsEntry && asMap(ctx, root) && onlyImports) {
    report(ctx, Diagnostics.ExpectedChecklist, spanOf(ctx, root));
  }
  const checklist = checklistKey && checklistOf(ctx, root, keys, checklistKey);
  return { imports, fields, ...(checklist && { checklist, checklistKey }) };
}

function importsOf(ctx: YamlContext, node: YamlNode): Import[] {
  const paths = asScalar(ctx, node) ? [node] : seqItems(ctx, node);
  return paths.flatMap((pathNode) => {
    const path = strOf(ctx, pathNode);
    return path ? [{ path, span: path.span }] : [];
  });
}

function checklistOf(ctx: YamlContext, root: YamlNode, keys: readonly Entry[], idEntry: Entry): Checklist | undefined {
  const id = nameOf(ctx, idEntry.value);
  if (!id) return undefined;
  const span = spanOf(ctx, root);
  const value = (key: string): YamlNode => entry(keys, key)?.value;
  const version = integerOf(ctx, value('version'));
  const description = strOf(ctx, value('description'));
  const ordering = orderingOf(ctx, value('ordering'));
  const assign = assignOf(ctx, value('assign'));
  const resolutionEntry = entry(keys, 'resolution');
  const qaReviewEntry = entry(keys, 'qa_review');
  const qaReview = qaReviewEntry && conditionOf(ctx, qaReviewEntry.value);
  const lifecycleEntry = entry(keys, 'lifecycle');
  return {
    id,
    title: strOf(ctx, value('title')) ?? { value: '', span },
    ...(version && { version }),
    ...(description && { description }),
    ...(ordering && { ordering }),
    ...(assign && { assign }),
    data: declarationsOf(ctx, value('data')),
    udf: declarationsOf(ctx, value('udf')),
    resolution: declarationsOf(ctx, resolutionEntry?.value),
    ...(resolutionEntry && { resolutionSpan: resolutionEntry.span }),
    ...(qaReview && { qaReview }),
    outcomes: outcomesOf(ctx, value('outcomes')),
    closing: closingOf(ctx, value('closing')),
    ...(lifecycleEntry && { lifecycle: lifecycleOf(ctx, lifecycleEntry.value) }),
    steps: stepsOf(ctx, value('steps')),
    span,
  };
}

function orderingOf(ctx: YamlContext, node: YamlNode): Checklist['ordering'] {
  const written = strOf(ctx, node);
  return written?.value === 'strict' || written?.value === 'free' ? { value: written.value, span: written.span } : undefined;
}

function assignOf(ctx: YamlContext, node: YamlNode): Checklist['assign'] {
  const keys = entries(ctx, node);
  const whenEntry = entry(keys, 'when');
  const when = whenEntry && conditionOf(ctx, whenEntry.value);
  if (!when) return undefined;
  const priority = integerOf(ctx, entry(keys, 'priority')?.value);
  return { when, ...(priority && { priority }), span: spanOf(ctx, node) };
}

function outcomesOf(ctx: YamlContext, node: YamlNode): Outcome[] {
  return entries(ctx, node).flatMap((outcome) => {
    const label = strOf(ctx, outcome.value);
    return label ? [{ id: keyName(ctx, outcome), label, span: outcome.span }] : [];
  });
}

function closingOf(ctx: YamlContext, node: YamlNode): Closing[] {
  return entries(ctx, node).map((closing) => ({
    outcome: keyName(ctx, closing),
    steps: stepsOf(ctx, closing.value),
    span: closing.span,
  }));
}
