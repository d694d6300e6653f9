/**
 * CW003, before anything recurses (SPEC §2.4): one linear pass over the tokens measures how deep
 * each condition nests (open parentheses plus the `not`s applying at that point) and drops the
 * tokens beyond 64 levels — a too-deep `(` with its `)`, a too-deep `not` — so the parser and the
 * AST builder never go deeper than the limit, whatever the input.
 *
 * A condition starts at each `when`, but the count runs everywhere: error recovery can take a
 * condition to start where `when` is missing (`assign ((((…`).
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Keyword, LParen, Path, RParen } from './tokens.js';
import { tokenSpan } from './spans.js';
import { MAX_CONDITION_DEPTH } from '../language/limits.js';


// Looked up once: this loop runs for every token of every file.
const { when: WHEN, not: NOT, is: IS, and: AND, or: OR } = Keyword;

interface Level {
  /** Prefix `not`s at this level still waiting for the end of their operand. */
  nots: number;
  /** The `(` that opened this level was dropped (so is its `)`). */
  dropped: boolean;
}

export interface DepthResult {
  /** The input, or a copy without the tokens beyond the limit. */
  readonly tokens: IToken[];
  readonly diagnostics: Diagnostic[];
}

export function limitConditionDepth(tokens: IToken[], file: string): DepthResult {
  const diagnostics: Diagnostic[] = [];
  let kept: IToken[] | undefined;
  let levels: Level[] = [{ nots: 0, dropped: false }];
  let depth = 0;
  let reported = false;
  let previous: IToken | undefined;

  const startCondition = (): void => {
    levels = [{ nots: 0, dropped: false }];
    depth = 0;
    reported = false;
  };
  /** A `not` applies to the operand after it: once that ends, nothing nests under the `not`. */
  const endOperand = (level: Level): void => {
    depth -= level.nots;
    level.nots = 0;
  };
  const tooDeep = (token: IToken): void => {
    if (!reported) {
      reported = true;
      diagnostics.push(
        diag('CW003', file, tokenSpan(token), `condition nested deeper than ${MAX_CONDITION_DEPTH} levels`,
          'split it into simpler conditions, or remove redundant parentheses and double negations'),
      );
    }
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as IToken;
    const type = token.tokenType;
    let drop = false;
    if (type === WHEN) startCondition();
    else {
      const level = levels[levels.length - 1] as Level;
      const prefixNot = type === NOT && (previous === undefined || (previous.tokenType !== IS && !tokenMatcher(previous, Path)));
      if (prefixNot) {
        if (depth >= MAX_CONDITION_DEPTH) {
          tooDeep(token);
          drop = true;
        } else {
          level.nots += 1;
          depth += 1;
        }
      } else if (type === LParen) {
        const dropped = depth >= MAX_CONDITION_DEPTH;
        if (dropped) tooDeep(token);
        else depth += 1;
        levels.push({ nots: 0, dropped });
        drop = dropped;
      } else if (type === RParen && levels.length > 1) {
        levels.pop();
        depth -= level.nots + (level.dropped ? 0 : 1);
        drop = level.dropped;
        endOperand(levels[levels.length - 1] as Level);
      } else if (type === AND || type === OR || tokenMatcher(token, Path)) {
        endOperand(level);
      }
    }
    if (drop && kept === undefined) kept = tokens.slice(0, i);
    else if (!drop && kept !== undefined) kept.push(token);
    previous = token;
  }
  return { tokens: kept ?? tokens, diagnostics };
}
