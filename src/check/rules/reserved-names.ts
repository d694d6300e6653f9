import type { Checklist, Decl, Name, Step } from '../../language/ast.js';
import { reservedSegmentProblem } from '../reserved.js';
import type { Rule } from './rule.js';
import { Diagnostics } from '../../diagnostics/messages.js';

/** CW012: an id or a path segment that JavaScript objects inherit (or a condition word). */
export const reservedNames: Rule = {
  codes: ['CW012'],
  check({ symbols, report }) {
    const checkName = (file: string, name: Name, what: string): void => {
      const problem = reservedSegmentProblem(name.text);
      if (problem === undefined) return;
      report(Diagnostics.ReservedName, file, name.span, [what, name.text, problem]);
    };
    const checkDecls = (file: string, decls: readonly Decl[], what: string): void => {
      for (const decl of decls) checkName(file, decl.path, what);
    };

    for (const block of symbols.fieldsBlocks) {
      if (block.name) checkName(block.file, block.name, 'fields block');
      checkDecls(block.file, block.decls, 'data path');
    }
    const checklist = symbols.checklist;
    if (checklist === undefined) return;
    const file = symbols.file;
    checkName(file, checklist.id, 'checklist id');
    checkDecls(file, checklist.data, 'data path');
    checkDecls(file, checklist.udf, 'udf path');
    checkDecls(file, checklist.resolution, 'resolution field');
    visitChecklistNames(checklist, (name, what) => checkName(file, name, what));
    for (const { test } of symbols.tests) checkName(file, test.ref, 'reference');
  },
};

type NameVisitor = (name: Name, what: string) => void;

function visitChecklistNames(checklist: Checklist, visit: NameVisitor): void {
  for (const outcome of checklist.outcomes) visit(outcome.id, 'outcome');
  for (const step of checklist.steps) visitStepNames(step, visit);
  for (const closing of checklist.closing) {
    for (const step of closing.steps) visitStepNames(step, visit);
  }
  for (const status of checklist.lifecycle?.statuses ?? []) visit(status.id, 'status');
  for (const transition of checklist.lifecycle?.transitions ?? []) visit(transition.name, 'transition');
}

function visitStepNames(step: Step, visit: NameVisitor): void {
  visit(step.id, 'step id');
  for (const item of step.items) {
    if (item.id) visit(item.id, 'item id');
    for (const option of item.options) {
      const value = option.value;
      if (value?.kind === 'path') visit(value.path, `\`${option.name.text}\` path`);
      if (value?.kind === 'paths') for (const path of value.paths) visit(path, `\`${option.name.text}\` root`);
    }
    for (const section of item.sections ?? []) {
      for (const field of section.fields) visit(field, 'compared field');
    }
  }
}
