/**
 * The lexer of the `.checklist` text form (SPEC §2.1).
 *
 * Keywords are reserved only where the grammar expects them: every keyword but the condition
 * words also belongs to the `Name` category, so `text text "Text"` and `account.number` parse.
 * Order matters: chevrotain takes the first pattern that matches, and dates come before numbers.
 * The lexer itself does not try the keywords, identifiers and paths one by one: it reads a word
 * (`Word`: an identifier or a dotted path), then `checklistLexer.tokenize` makes each word a
 * `DottedPath`, the keyword it spells (`step`, but not `stepper`) or an `Identifier`: one regular
 * expression and one map lookup instead of trying every keyword that starts with the same letter.
 */
import { createToken, Lexer, type ILexingResult, type TokenType } from 'chevrotain';
import { ITEM_TYPES } from '../language/ast.js';
import { CONDITION_WORDS } from '../language/content-types.js';

// Categories: abstract token types the parser consumes; concrete tokens belong to them.
/** A dotted path or a name. */
export const Path = createToken({ name: 'Path', pattern: Lexer.NA });
/** One identifier: any identifier or keyword except the condition words. */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA, categories: [Path] });
/** What may start an item option: a name that is not an item type, `description` or `step`. */
export const OptionName = createToken({ name: 'OptionName', pattern: Lexer.NA });
/** Every item type but `instructions` (whose id is optional). */
export const ContentItemType = createToken({ name: 'ContentItemType', pattern: Lexer.NA });
/** A scalar literal: a string, a number, a date, `true` or `false`. */
export const Scalar = createToken({ name: 'Scalar', pattern: Lexer.NA });
export const StringToken = createToken({ name: 'StringToken', pattern: Lexer.NA, categories: [Scalar] });
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });

/** Blanks within a line, the commonest run: a token that cannot hold a line break, so the lexer skips counting lines in it. */
export const Blanks = createToken({ name: 'Blanks', pattern: /[ \t]+/, group: Lexer.SKIPPED });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
/** Comments are not skipped but kept in their own group, for the formatter (src/format). */
export const COMMENTS_GROUP = 'comments';
export const LineComment = createToken({ name: 'LineComment', pattern: /(?:\/\/|#)[^\n\r]*/, group: COMMENTS_GROUP });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  group: COMMENTS_GROUP,
  line_breaks: true,
});

/** Tokens the lexer accepts only to report them well (see `errors.ts`), in this group. */
export const PROBLEMS_GROUP = 'problems';
export const UnterminatedComment = createToken({
  name: 'UnterminatedComment',
  pattern: /\/\*[\s\S]*/,
  group: PROBLEMS_GROUP,
  line_breaks: true,
});

/**
 * Any character no other token starts with (tried last). Collecting them, instead of letting the
 * lexer fail, keeps lexing linear on garbage: chevrotain's own error recovery retries every
 * pattern at every following character.
 */
export const UnknownCharacter = createToken({
  name: 'UnknownCharacter',
  // Not `[\s\S]`: chevrotain's first-character analysis reads that as `\s` alone.
  pattern: /[\u0000-\uffff]/,
  group: PROBLEMS_GROUP,
  line_breaks: true,
});

export const TripleString = createToken({
  name: 'TripleString',
  pattern: /"""[\s\S]*?"""/,
  categories: [StringToken],
  line_breaks: true,
});
/** `"""` with no closing `"""`: kept as a string so parsing goes on; reported by `errors.ts`. */
export const UnterminatedTripleString = createToken({
  name: 'UnterminatedTripleString',
  pattern: /"""[\s\S]*/,
  categories: [StringToken],
  line_breaks: true,
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\n\r]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/,
  categories: [StringToken],
});
/** A string with a bad escape or no closing quote on its line: kept as a string, reported by `errors.ts`. */
export const BadString = createToken({
  name: 'BadString',
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r]?)*"?/,
  categories: [StringToken],
});

export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d{4}-\d{2}-\d{2}/, categories: [Scalar] });
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  categories: [Scalar],
});

export const Arrow = createToken({ name: 'Arrow', pattern: /->/ });
export const Equals = createToken({ name: 'Equals', pattern: /==/, categories: [CompareOp] });
export const NotEquals = createToken({ name: 'NotEquals', pattern: /!=/, categories: [CompareOp] });
export const LessOrEqual = createToken({ name: 'LessOrEqual', pattern: /<=/, categories: [CompareOp] });
export const GreaterOrEqual = createToken({ name: 'GreaterOrEqual', pattern: />=/, categories: [CompareOp] });
export const Less = createToken({ name: 'Less', pattern: /</, categories: [CompareOp] });
export const Greater = createToken({ name: 'Greater', pattern: />/, categories: [CompareOp] });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/ });
export const LCurly = createToken({ name: 'LCurly', pattern: /{/ });
export const RCurly = createToken({ name: 'RCurly', pattern: /}/ });

const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_]*';
export const Identifier = createToken({
  name: 'Identifier',
  pattern: new RegExp(IDENTIFIER),
  categories: [Name, OptionName],
});
/** `dispute.code`: one token, so no space can sit inside a path and keywords can be segments. */
export const DottedPath = createToken({
  name: 'DottedPath',
  pattern: new RegExp(`${IDENTIFIER}(?:\\.${IDENTIFIER})+`),
  categories: [Path],
});
/** What the lexer reads for an identifier, a keyword or a dotted path; never seen by the parser. */
const Word = createToken({ name: 'Word', pattern: new RegExp(`${IDENTIFIER}(?:\\.${IDENTIFIER})*`) });

/** Keywords that are not item types and never start something that follows an item's options. */
const OTHER_KEYWORDS = [
  'import', 'fields', 'checklist', 'version', 'description', 'ordering', 'strict', 'free', 'assign',
  'priority', 'data', 'outcomes', 'closing', 'resolution', 'qa_review', 'lifecycle', 'step',
  'number', 'boolean', 'list', 'choice', 'required', 'section', 'initial', 'status', 'active',
  'final', 'transition', 'sensitive',
] as const;

export type KeywordText = (typeof OTHER_KEYWORDS)[number] | (typeof ITEM_TYPES)[number] | (typeof CONDITION_WORDS)[number];

/** An option is ended by the next item, a step's `description` or (after options) `step`. */
const NOT_OPTION_NAMES: ReadonlySet<string> = new Set<string>([...ITEM_TYPES, 'description', 'step']);
const CONDITION_WORD_SET: ReadonlySet<string> = new Set<string>(CONDITION_WORDS);

function keywordCategories(word: string): TokenType[] {
  if (word === 'true' || word === 'false') return [Scalar];
  if (CONDITION_WORD_SET.has(word)) return [];
  const categories = [Name];
  if (!NOT_OPTION_NAMES.has(word)) categories.push(OptionName);
  if (word !== 'instructions' && (ITEM_TYPES as readonly string[]).includes(word)) categories.push(ContentItemType);
  return categories;
}

function tokenName(word: string): string {
  return word
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const allKeywords: KeywordText[] = [...new Set<KeywordText>([...OTHER_KEYWORDS, ...ITEM_TYPES, ...CONDITION_WORDS])];

/** The keyword tokens by their text: `Keyword.step`. */
export const Keyword = Object.fromEntries(
  allKeywords.map((word) => [
    word,
    createToken({ name: `${tokenName(word)}Keyword`, pattern: new RegExp(word), categories: keywordCategories(word) }),
  ]),
) as Record<KeywordText, TokenType>;

const keywordTokens = allKeywords.map((word) => Keyword[word]);
/** The words' token types, which the lexer does not try (see `checklistLexer`). */
const WORD_TYPES: ReadonlySet<TokenType> = new Set([DottedPath, Identifier, ...keywordTokens]);
const KEYWORD_BY_TEXT: ReadonlyMap<string, TokenType> = new Map(allKeywords.map((word) => [word, Keyword[word]]));

export const allTokens: TokenType[] = [
  Blanks,
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  TripleString,
  UnterminatedTripleString,
  StringLiteral,
  BadString,
  DateLiteral,
  NumberLiteral,
  Arrow,
  Equals,
  NotEquals,
  LessOrEqual,
  GreaterOrEqual,
  Less,
  Greater,
  Colon,
  Comma,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LCurly,
  RCurly,
  DottedPath,
  Identifier,
  ...keywordTokens,
  Path,
  Name,
  OptionName,
  ContentItemType,
  StringToken,
  CompareOp,
  Scalar,
  UnknownCharacter,
];

/** Tokens that may span lines; every other token ends on the line it starts on. */
export const MULTILINE_TOKENS: ReadonlySet<TokenType> = new Set([TripleString, UnterminatedTripleString, UnterminatedComment]);

/**
 * `allTokens` with `Word` for the words (the keywords' patterns only label the grammar's
 * diagrams). Only start positions: `spans.ts` derives ends from the image, cheaper than the
 * lexer's own.
 */
const lexer = new Lexer(
  allTokens.flatMap((token) => (token === Identifier ? [Word] : WORD_TYPES.has(token) ? [] : [token])),
  { positionTracking: 'onlyStart', ensureOptimizations: true },
);

function wordType(image: string): TokenType {
  return image.includes('.') ? DottedPath : (KEYWORD_BY_TEXT.get(image) ?? Identifier);
}

/** The lexer, each word made a path, a keyword or an identifier. */
export const checklistLexer = {
  tokenize(text: string): ILexingResult {
    const lexed = lexer.tokenize(text);
    for (const token of lexed.tokens) {
      if (token.tokenType !== Word) continue;
      const type = wordType(token.image);
      token.tokenType = type;
      token.tokenTypeIdx = type.tokenTypeIdx as number;
    }
    return lexed;
  },
};
