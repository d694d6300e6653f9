/**
 * The grammar of the `.checklist` text form (SPEC §2.2), and nothing else: meaning lives in
 * `to-ast.ts`. Every decision is LL(1) except `ref not in` (LL(2)); item options take their
 * arity from the option table, so items need no separators.
 */
import { CstParser, EMPTY_ALT, type CstNode, type IOrAlt, type IRecognitionException, type IToken } from 'chevrotain';
import { OPTIONS, type OptionValueKind } from '../language/content-types.js';
import {
  allTokens,
  Arrow,
  Colon,
  Comma,
  CompareOp,
  ContentItemType,
  Keyword,
  LBracket,
  LCurly,
  LParen,
  Name,
  NumberLiteral,
  OptionName,
  Path,
  Scalar,
  RBracket,
  RCurly,
  RParen,
  StringToken,
} from './tokens.js';
import { errorMessages, type StartRule } from './messages.js';
import type { AstBuilder } from './to-ast.js';

const OPTION_VALUE_KINDS: ReadonlyMap<string, OptionValueKind> = new Map(
  Object.entries(OPTIONS).map(([name, spec]): [string, OptionValueKind] => [name, spec.value]),
);

/** The value kind of an option named `image`; `undefined` for an unknown option. */
function optionValueKind(image: string): OptionValueKind | undefined {
  return OPTION_VALUE_KINDS.get(image);
}

/** Flags take no value; an unknown option may take a literal (kept for the checker's CW021). */
function mayTakeNoValue(kind: OptionValueKind | undefined): boolean {
  return kind === undefined || kind === 'flag';
}

function takesLiteral(kind: OptionValueKind | undefined): boolean {
  return kind !== 'flag';
}

function takesPath(kind: OptionValueKind | undefined): boolean {
  return kind === 'path' || kind === 'word' || kind === 'roots';
}

/** Chevrotain's own `cstPostNonTerminal` (internal API, chevrotain 11), which the parser wraps. */
const treeBuilder = CstParser.prototype as unknown as {
  cstPostNonTerminal(this: CstParser, node: unknown, ruleName: string): void;
};

export class ChecklistParser extends CstParser {
  /**
   * Each rule's alternatives, built on first use: chevrotain's performance guide, as an `OR`
   * given a fresh array allocates it (and its closures) at every call. So gates read parser
   * state (`optionKind`) rather than locals.
   */
  private readonly alternatives: Partial<Record<string, IOrAlt<unknown>[]>> = {};
  /** The value kind of the option being parsed (options do not nest). */
  private optionKind: OptionValueKind | undefined;
  /** Builds the AST of each rule as it ends (see `cstPostNonTerminal`), for the parse under way. */
  private astBuilder: AstBuilder | undefined;

  /**
   * `validateGrammar` runs chevrotain's grammar checks (ambiguities, left recursion…), which cost
   * about as much as the rest of building the parser: the one instance skips them, and a test
   * builds a validated one.
   */
  constructor({ validateGrammar = false }: { validateGrammar?: boolean } = {}) {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      skipValidations: !validateGrammar,
      errorMessageProvider: errorMessages,
    });
    this.performSelfAnalysis();
  }

  /**
   * Parses `tokens` from `rule`; the rules `builder` builds eagerly come back as their AST (the
   * start rule's own node stays a CST node, for `builder` to finish), with the syntax errors.
   */
  parseWith(rule: StartRule, tokens: IToken[], builder: AstBuilder): { node: CstNode; errors: IRecognitionException[] } {
    this.input = tokens;
    this.astBuilder = builder;
    try {
      const node = rule === 'file' ? this.file() : this.condition();
      return { node, errors: this.errors };
    } finally {
      // The one parser outlives the parse: let it drop the tokens and the builder.
      this.astBuilder = undefined;
      this.input = [];
    }
  }

  /**
   * Chevrotain's hook that hangs a finished rule's CST node (complete, or partial after an error)
   * on its parent's. Hanging the rule's AST there instead means only the CST of the rules under
   * way is alive at any time: the whole tree never is, which halves the garbage collector's work.
   */
  cstPostNonTerminal(ruleCstResult: CstNode, ruleName: string): void {
    const built = this.astBuilder === undefined ? ruleCstResult : this.astBuilder.buildRule(ruleName, ruleCstResult);
    treeBuilder.cstPostNonTerminal.call(this, built, ruleName);
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.importDecl));
    this.AT_LEAST_ONE(() => {
      this.OR((this.alternatives.file ??= [{ ALT: () => this.SUBRULE(this.fieldsBlock) }, { ALT: () => this.SUBRULE(this.checklist) }]));
    });
  });

  public importDecl = this.RULE('importDecl', () => {
    this.CONSUME(Keyword.import);
    this.CONSUME(StringToken);
  });

  public fieldsBlock = this.RULE('fieldsBlock', () => {
    this.CONSUME(Keyword.fields);
    this.OPTION(() => this.CONSUME(Name));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.decl));
    this.CONSUME(RCurly);
  });

  public checklist = this.RULE('checklist', () => {
    this.CONSUME(Keyword.checklist);
    this.CONSUME(Name);
    this.CONSUME(StringToken);
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR((this.alternatives.checklist ??= [
        { ALT: () => this.SUBRULE(this.versionMember) },
        { ALT: () => this.SUBRULE(this.descriptionMember) },
        { ALT: () => this.SUBRULE(this.orderingMember) },
        { ALT: () => this.SUBRULE(this.assignMember) },
        { ALT: () => this.SUBRULE(this.declBlock) },
        { ALT: () => this.SUBRULE(this.outcomesBlock) },
        { ALT: () => this.SUBRULE(this.closingBlock) },
        { ALT: () => this.SUBRULE(this.qaReviewMember) },
        { ALT: () => this.SUBRULE(this.lifecycleBlock) },
        { ALT: () => this.SUBRULE(this.step) },
      ]));
    });
    this.CONSUME(RCurly);
  });

  public versionMember = this.RULE('versionMember', () => {
    this.CONSUME(Keyword.version);
    this.CONSUME(NumberLiteral);
  });

  public descriptionMember = this.RULE('descriptionMember', () => {
    this.CONSUME(Keyword.description);
    this.CONSUME(StringToken);
  });

  public orderingMember = this.RULE('orderingMember', () => {
    this.CONSUME(Keyword.ordering);
    this.OR((this.alternatives.orderingMember ??= [{ ALT: () => this.CONSUME(Keyword.strict) }, { ALT: () => this.CONSUME(Keyword.free) }]));
  });

  public assignMember = this.RULE('assignMember', () => {
    this.CONSUME(Keyword.assign);
    this.CONSUME(Keyword.when);
    this.SUBRULE(this.condition);
    this.OPTION(() => {
      this.CONSUME(Keyword.priority);
      this.CONSUME(NumberLiteral);
    });
  });

  public qaReviewMember = this.RULE('qaReviewMember', () => {
    this.CONSUME(Keyword.qa_review);
    this.CONSUME(Keyword.when);
    this.SUBRULE(this.condition);
  });

  /** `data { … }`, `udf { … }`, `resolution { … }`. */
  public declBlock = this.RULE('declBlock', () => {
    this.OR((this.alternatives.declBlock ??= [
      { ALT: () => this.CONSUME(Keyword.data) },
      { ALT: () => this.CONSUME(Keyword.udf) },
      { ALT: () => this.CONSUME(Keyword.resolution) },
    ]));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.decl));
    this.CONSUME(RCurly);
  });

  /** A trailing `required` is always the flag, never the path of the next declaration. */
  public decl = this.RULE('decl', () => {
    this.CONSUME(Path);
    this.SUBRULE(this.dataType);
    this.OPTION(() => this.CONSUME(StringToken));
    this.OPTION2(() => this.CONSUME(Keyword.required));
  });

  public dataType = this.RULE('dataType', () => {
    this.OR((this.alternatives.dataType ??= [
      { ALT: () => this.CONSUME(Keyword.text) },
      { ALT: () => this.CONSUME(Keyword.number) },
      { ALT: () => this.CONSUME(Keyword.boolean) },
      { ALT: () => this.CONSUME(Keyword.date) },
      { ALT: () => this.CONSUME(Keyword.list) },
      {
        ALT: () => {
          this.CONSUME(Keyword.choice);
          this.CONSUME(LParen);
          this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(StringToken) });
          this.CONSUME(RParen);
        },
      },
    ]));
  });

  public outcomesBlock = this.RULE('outcomesBlock', () => {
    this.CONSUME(Keyword.outcomes);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.outcome));
    this.CONSUME(RCurly);
  });

  public outcome = this.RULE('outcome', () => {
    this.CONSUME(Name);
    this.CONSUME(StringToken);
  });

  public closingBlock = this.RULE('closingBlock', () => {
    this.CONSUME(Keyword.closing);
    this.CONSUME(Name);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.step));
    this.CONSUME(RCurly);
  });

  public lifecycleBlock = this.RULE('lifecycleBlock', () => {
    this.CONSUME(Keyword.lifecycle);
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR((this.alternatives.lifecycleBlock ??= [
        { ALT: () => this.SUBRULE(this.initialStatus) },
        { ALT: () => this.SUBRULE(this.status) },
        { ALT: () => this.SUBRULE(this.transition) },
      ]));
    });
    this.CONSUME(RCurly);
  });

  public initialStatus = this.RULE('initialStatus', () => {
    this.CONSUME(Keyword.initial);
    this.CONSUME(Name);
  });

  public status = this.RULE('status', () => {
    this.CONSUME(Keyword.status);
    this.CONSUME(Name);
    this.CONSUME(StringToken);
    this.MANY(() => {
      this.OR((this.alternatives.status ??= [{ ALT: () => this.CONSUME(Keyword.active) }, { ALT: () => this.CONSUME(Keyword.final) }]));
    });
  });

  public transition = this.RULE('transition', () => {
    this.CONSUME(Keyword.transition);
    this.CONSUME(Name);
    this.CONSUME(Colon);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME2(Name) });
    this.CONSUME(Arrow);
    this.CONSUME3(Name);
    this.OPTION(() => {
      this.CONSUME(Keyword.when);
      this.SUBRULE(this.condition);
    });
  });

  public step = this.RULE('step', () => {
    this.CONSUME(Keyword.step);
    this.CONSUME(Name);
    this.CONSUME(StringToken);
    this.OPTION2(() => this.CONSUME(Keyword.sensitive));
    this.OPTION(() => {
      this.CONSUME(Keyword.when);
      this.SUBRULE(this.condition);
    });
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR((this.alternatives.step ??= [{ ALT: () => this.SUBRULE(this.stepDescription) }, { ALT: () => this.SUBRULE(this.item) }]));
    });
    this.CONSUME(RCurly);
  });

  public stepDescription = this.RULE('stepDescription', () => {
    this.CONSUME(Keyword.description);
    this.CONSUME(StringToken);
  });

  public item = this.RULE('item', () => {
    this.OR((this.alternatives.item ??= [
      {
        ALT: () => {
          this.CONSUME(Keyword.instructions);
          this.OPTION(() => this.CONSUME(Name));
        },
      },
      {
        ALT: () => {
          this.CONSUME(ContentItemType);
          this.CONSUME2(Name);
        },
      },
    ]));
    this.CONSUME(StringToken);
    this.MANY(() => this.SUBRULE(this.itemOption));
    this.OPTION2(() => this.SUBRULE(this.itemBody));
    this.OPTION3(() => {
      this.CONSUME(Keyword.when);
      this.SUBRULE(this.condition);
    });
  });

  /** The option's own name decides what follows it (`OPTIONS` in content-types.ts). */
  public itemOption = this.RULE('itemOption', () => {
    const name: IToken = this.CONSUME(OptionName);
    this.optionKind = optionValueKind(name.image);
    this.OR((this.alternatives.itemOption ??= [
      { GATE: () => takesLiteral(this.optionKind), ALT: () => this.CONSUME(Scalar) },
      { GATE: () => takesLiteral(this.optionKind), ALT: () => this.SUBRULE(this.list) },
      {
        GATE: () => takesPath(this.optionKind),
        ALT: () => {
          this.CONSUME(Path);
          this.OPTION({ GATE: () => this.optionKind === 'roots', DEF: () => this.CONSUME2(Path) });
        },
      },
      { GATE: () => mayTakeNoValue(this.optionKind), ALT: EMPTY_ALT() },
    ]));
  });

  public itemBody = this.RULE('itemBody', () => {
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.section));
    this.CONSUME(RCurly);
  });

  public section = this.RULE('section', () => {
    this.CONSUME(Keyword.section);
    this.CONSUME(StringToken);
    this.CONSUME(LCurly);
    this.MANY(() => this.CONSUME(Path));
    this.CONSUME(RCurly);
  });

  // Conditions. `not` chains are a repetition, not a recursion: only parentheses recurse, and
  // `depth.ts` bounds them before parsing starts.
  public condition = this.RULE('condition', () => {
    this.SUBRULE(this.conjunction);
    this.MANY(() => {
      this.CONSUME(Keyword.or);
      this.SUBRULE2(this.conjunction);
    });
  });

  public conjunction = this.RULE('conjunction', () => {
    this.SUBRULE(this.negation);
    this.MANY(() => {
      this.CONSUME(Keyword.and);
      this.SUBRULE2(this.negation);
    });
  });

  public negation = this.RULE('negation', () => {
    this.MANY(() => this.CONSUME(Keyword.not));
    this.OR((this.alternatives.negation ??= [
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.condition);
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.test) },
    ]));
  });

  public test = this.RULE('test', () => {
    this.CONSUME(Path);
    this.OPTION(() => {
      this.OR((this.alternatives.test ??= [
        {
          ALT: () => {
            this.CONSUME(CompareOp);
            this.CONSUME(Scalar);
          },
        },
        {
          ALT: () => {
            this.OPTION2(() => this.CONSUME(Keyword.not));
            this.CONSUME(Keyword.in);
            this.SUBRULE(this.list);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Keyword.contains);
            this.CONSUME2(Scalar);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Keyword.is);
            this.OPTION3(() => this.CONSUME2(Keyword.not));
            this.CONSUME(Keyword.empty);
          },
        },
      ]));
    });
  });

  public list = this.RULE('list', () => {
    this.CONSUME(LBracket);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.CONSUME(Scalar) });
    this.CONSUME(RBracket);
  });
}

/** The one parser instance: built once (grammar analysis is costly), fed with `parser.input`. */
export const checklistParser = new ChecklistParser();
