/** Hover: what a name is (its type, label, required), or what an operator means. */
import type { Hover, Position } from 'vscode-languageserver';
import type { Analysis } from './workspace.js';
import { nameAt } from './lookup.js';
import { wordAt } from './text.js';

const OPERATORS: Readonly<Record<string, string>> = {
  '==': '`==` equals (false when the field is absent)',
  '!=': '`!=` differs (true when the field is absent)',
  '<': '`<` less than, for numbers and dates (false when absent)',
  '<=': '`<=` at most, for numbers and dates (false when absent)',
  '>': '`>` greater than, for numbers and dates (false when absent)',
  '>=': '`>=` at least, for numbers and dates (false when absent)',
  in: '`in [..]` one of the listed values (false when absent; `not in` is its negation)',
  contains: '`contains` a list holds the value, or a text holds the substring (false when absent)',
  is: '`is empty` absent, null, "" or [] (never false or 0); `is not empty` its negation',
  empty: '`is empty` absent, null, "" or [] (never false or 0); `is not empty` its negation',
  and: '`and` every test holds',
  or: '`or` at least one test holds',
  not: '`not` the test does not hold',
};

export function hover(analysis: Analysis, position: Position): Hover | null {
  const name = nameAt(analysis, position);
  if (name !== undefined) return { contents: { kind: 'markdown', value: name.definition.summary }, range: name.range };
  const word = wordAt(analysis.text, position);
  const meaning = word && OPERATORS[word.text];
  return meaning ? { contents: { kind: 'markdown', value: meaning }, range: word.range } : null;
}
