/**
 * Chevrotain's error messages, in words a person reads: "expected an item, `description` or `}`
 * but found `stpe`". The parser calls these while it recovers; `errors.ts` turns the errors into
 * CW001 diagnostics.
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { isOptionName, OPTIONS, type OptionValueKind } from '../language/content-types.js';
import * as tokens from './tokens.js';

const DESCRIPTIONS = new Map<TokenType, string>([
  [EOF, 'the end of the file'],
  [tokens.Path, 'a path'],
  [tokens.Name, 'an id'],
  [tokens.Identifier, 'an id'],
  [tokens.DottedPath, 'a path'],
  [tokens.OptionName, 'an option'],
  [tokens.ContentItemType, 'an item'],
  [tokens.StringToken, 'a string'],
  [tokens.StringLiteral, 'a string'],
  [tokens.TripleString, 'a string'],
  [tokens.Scalar, 'a value (a string, a number, a date, `true` or `false`)'],
  [tokens.CompareOp, 'a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`)'],
  [tokens.NumberLiteral, 'a number'],
  [tokens.DateLiteral, 'a date'],
  [tokens.Arrow, '`->`'],
  [tokens.Equals, '`==`'],
  [tokens.NotEquals, '`!=`'],
  [tokens.LessOrEqual, '`<=`'],
  [tokens.GreaterOrEqual, '`>=`'],
  [tokens.Less, '`<`'],
  [tokens.Greater, '`>`'],
  [tokens.Colon, '`:`'],
  [tokens.Comma, '`,`'],
  [tokens.LParen, '`(`'],
  [tokens.RParen, '`)`'],
  [tokens.LBracket, '`[`'],
  [tokens.RBracket, '`]`'],
  [tokens.LCurly, '`{`'],
  [tokens.RCurly, '`}`'],
  ...Object.entries(tokens.Keyword).map(([word, type]): [TokenType, string] => [type, `\`${word}\``]),
]);

function describeExpected(type: TokenType): string {
  return DESCRIPTIONS.get(type) ?? `\`${type.name}\``;
}

const MAX_SHOWN = 32;

/** The token as the user wrote it, shortened to its first line. */
function describeFound(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  const firstLine = token.image.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const shown = firstLine.length > MAX_SHOWN ? `${firstLine.slice(0, MAX_SHOWN)}…` : firstLine;
  return `\`${shown}\``;
}

/** "a", "a or b", "a, b or c" */
function oneOf(descriptions: readonly string[]): string {
  const unique = [...new Set(descriptions)];
  if (unique.length <= 1) return unique[0] ?? 'something else';
  return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

/**
 * What may come where a block is closed: when its closing bracket is missing, the user most likely
 * meant one more of what the block holds.
 */
const BLOCK_CONTENTS: Readonly<Record<string, string>> = {
  checklist: 'a step, a checklist member (`version`, `data`, `outcomes`, …) or `}`',
  step: 'an item, `description` or `}`',
  fieldsBlock: 'a declaration (`path type "Label"`) or `}`',
  declBlock: 'a declaration (`path type "Label"`) or `}`',
  outcomesBlock: 'an outcome (`id "Label"`) or `}`',
  closingBlock: 'a step or `}`',
  lifecycleBlock: '`initial`, `status`, `transition` or `}`',
  itemBody: '`section` or `}`',
  section: 'a field path or `}`',
  negation: '`and`, `or` or `)`',
  dataType: '`,` or `)`',
  list: '`,` or `]`',
};

/** Rules whose alternatives read better as one phrase than as a list of tokens. */
const RULE_PHRASES: Readonly<Record<string, string>> = {
  negation: 'a condition (a path, `not` or `(`)',
  dataType: 'a type (`text`, `number`, `boolean`, `date`, `list` or `choice(…)`)',
  file: '`import`, `fields` or `checklist`',
};

/** The rule a parse starts from: a whole file, or one condition (`parseConditionText`). */
export type StartRule = 'file' | 'condition';

/** What may follow a complete file or condition, for "found more input than expected". */
export const AFTER_START_RULE: Readonly<Record<StartRule, string>> = {
  file: '`fields`, `checklist` or the end of the file',
  condition: '`and`, `or` or the end of the condition',
};

function isStartRule(ruleName: string): ruleName is StartRule {
  return ruleName === 'file' || ruleName === 'condition';
}

const OPTION_VALUES: Readonly<Record<OptionValueKind, string>> = {
  flag: 'nothing',
  date: 'a date (`2024-01-31`)',
  integer: 'a whole number',
  string: 'a string',
  strings: 'a list of strings (`["A", "B"]`)',
  path: 'a path',
  word: 'a word',
  roots: 'two names (`dispute record`)',
};

function optionValueWanted(optionName: string): string | undefined {
  if (!isOptionName(optionName)) return undefined;
  const spec: { readonly value: OptionValueKind; readonly words?: readonly string[] } = OPTIONS[optionName];
  if (spec.words !== undefined) return `one of ${oneOf(spec.words.map((word) => `\`${word}\``))}`;
  return OPTION_VALUES[spec.value];
}

export function expectedButFound(expected: string, found: IToken): string {
  return `expected ${expected} but found ${describeFound(found)}`;
}

function firstTokens(paths: readonly (readonly TokenType[])[]): string[] {
  return paths.flatMap((path) => (path[0] === undefined ? [] : [describeExpected(path[0])]));
}

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    if (expected === EOF && isStartRule(ruleName)) return expectedButFound(AFTER_START_RULE[ruleName], actual);
    const blockContents = BLOCK_CONTENTS[ruleName];
    const closesBlock = expected === tokens.RCurly || expected === tokens.RParen || expected === tokens.RBracket;
    return expectedButFound(closesBlock && blockContents !== undefined ? blockContents : describeExpected(expected), actual);
  },
  /** Chevrotain does not say which rule started the parse here: `errors.ts` rewords it. */
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return expectedButFound('the end of the input', firstRedundant);
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const found = actual[0] ?? previous;
    if (ruleName === 'itemOption') {
      const wanted = optionValueWanted(previous.image);
      if (wanted !== undefined) return expectedButFound(`${wanted} after \`${previous.image}\``, found);
    }
    return expectedButFound(RULE_PHRASES[ruleName] ?? oneOf(expectedPathsPerAlt.flatMap(firstTokens)), found);
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    const found = actual[0] ?? previous;
    return expectedButFound(RULE_PHRASES[ruleName] ?? oneOf(firstTokens(expectedIterationPaths)), found);
  },
};
