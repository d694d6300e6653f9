/**
 * The typed CST → AST builder: one function per grammar rule, each returning the AST shape of
 * `src/language/ast.ts` with its span. Plain typed functions rather than chevrotain's dynamic
 * `visit` dispatch, so every rule's result type is checked.
 *
 * Most rules are built the moment the parser finishes them (`buildRule`, called from the parser's
 * `cstPostNonTerminal`), so their CST is garbage at once: a parent's CST node holds its children's
 * `Built` results instead of their CST nodes. A built rule keeps the diagnostics its building
 * raised, and they are reported only where its parent takes the result (`adopt`), exactly as if
 * the whole CST had been walked afterwards: a node its parent leaves out reports nothing.
 *
 * After a syntax error the CST may lack parts (recovery): a node without its mandatory parts is
 * left out (its error is already reported), so the result is always a valid, if partial, AST.
 * The rules that need the whole node live here too: a single-valued member given twice (CW001),
 * a second checklist (CW004), a condition word inside a dotted path (CW001).
 */
import { EOF, type CstNode, type IToken } from 'chevrotain';
import type {
  Assign,
  Checklist,
  Closing,
  Condition,
  DataType,
  Decl,
  FieldsBlock,
  Import,
  Item,
  ItemOption,
  ItemType,
  Lifecycle,
  LifecycleStatus,
  LifecycleTransition,
  ListLiteral,
  Literal,
  Name,
  NumberValue,
  OptionValue,
  Outcome,
  ScalarLiteral,
  Section,
  SourceFile,
  Step,
  Str,
  TestCondition,
  TestOp,
} from '../language/ast.js';
import { ITEM_TYPES } from '../language/ast.js';
import { CONDITION_WORDS } from '../language/content-types.js';
import type { Span } from '../language/span.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type * as cst from './cst.js';
import { decodeString, dedentTripleString } from './literals.js';
import { tokenSpan } from './spans.js';
import { DateLiteral, Keyword, NumberLiteral, TripleString, UnterminatedTripleString } from './tokens.js';
import { nonFiniteNumberMessage } from '../language/limits.js';

const CONDITION_WORD_SEGMENT = new RegExp(`(?:^|\\.)(${CONDITION_WORDS.join('|')})(?:\\.|$)`);
const { true: TRUE, false: FALSE } = Keyword;
const ITEM_TYPE_SET: ReadonlySet<string> = new Set<string>(ITEM_TYPES);

/** AST nodes are read-only to their readers; the builder sets optional keys only when present. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A built rule whose building reported something (rare): the others are kept as their bare AST. */
class Reported<T> {
  constructor(
    readonly value: T | undefined,
    readonly diagnostics: readonly Diagnostic[],
  ) {}
}

/** A rule built as the parser finished it: its AST, with what building it reported. */
type Built<T> = T | Reported<T>;

/** A rule too incomplete for an AST that reported nothing (chevrotain needs an object to hang). */
const INCOMPLETE = new Reported<never>(undefined, []);

/** A CST node as the parser hands it over: its eagerly built children are `Built` results. */
function withBuiltChildren<N extends CstNode>(node: CstNode): Node<N> {
  return node as unknown as Node<N>;
}

/** What each eagerly built rule becomes. */
interface BuiltRules {
  importDecl: Import;
  fieldsBlock: FieldsBlock;
  checklist: Checklist;
  decl: Decl;
  dataType: DataType;
  outcome: Outcome;
  closingBlock: Closing;
  status: LifecycleStatus;
  transition: LifecycleTransition;
  step: Step;
  item: Item;
  itemOption: ItemOption;
  section: Section;
  condition: Condition;
  conjunction: Condition;
  negation: Condition;
  test: TestCondition;
  list: ListLiteral;
}

/** A generated CST node type as the builder meets it: eagerly built children replaced by their `Built`. */
type Node<N> = N extends { readonly children: infer C } ? { readonly children: Children<C> } : never;
type Children<C> = {
  readonly [K in keyof C]: K extends keyof BuiltRules
    ? Built<BuiltRules[K]>[]
    : NonNullable<C[K]> extends readonly (infer E)[]
      ? E extends CstNode
        ? Node<E>[]
        : C[K]
      : C[K];
};

function isItemType(word: string): word is ItemType {
  return ITEM_TYPE_SET.has(word);
}

/** The `index`th token of a CST key, unless recovery only pretended it was there. */
function real(tokens: readonly IToken[] | undefined, index = 0): IToken | undefined {
  const token = tokens?.[index];
  return token === undefined || token.isInsertedInRecovery === true || token.tokenType === EOF ? undefined : token;
}

function lastReal(tokens: readonly IToken[] | undefined): IToken | undefined {
  return tokens === undefined ? undefined : real(tokens, tokens.length - 1);
}

function realTokens(tokens: readonly IToken[] | undefined): IToken[] {
  return (tokens ?? []).filter((token) => token.isInsertedInRecovery !== true && token.tokenType !== EOF);
}

function spanOf(token: IToken | undefined): Span | undefined {
  return token === undefined ? undefined : tokenSpan(token);
}

/** From `start` to `end` (the last part recovery left in place; `start` alone if none). */
function spanFrom(start: Span, end: Span | undefined): Span {
  return end === undefined ? start : { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}

function lastOf<T extends { readonly span: Span }>(nodes: readonly T[]): Span | undefined {
  return nodes[nodes.length - 1]?.span;
}

function position(span: Span): string {
  return `${span.line}:${span.column}`;
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** `build` applied to each node, its `undefined`s (nodes recovery left incomplete) left out. */
function collect<N, T>(nodes: readonly N[] | undefined, build: (node: N) => T | undefined): T[] {
  const built: T[] = [];
  if (nodes === undefined) return built;
  for (const node of nodes) {
    const value = build(node);
    if (value !== undefined) built.push(value);
  }
  return built;
}

export class AstBuilder {
  /** The builder of each eagerly built rule, by rule name; the others stay CST for their parent to read. */
  private static readonly eager: ReadonlyMap<keyof BuiltRules, (builder: AstBuilder, node: CstNode) => unknown> = new Map<
    keyof BuiltRules,
    (builder: AstBuilder, node: CstNode) => unknown
  >([
    ['importDecl', (builder, node) => builder.importDecl(withBuiltChildren<cst.ImportDeclCstNode>(node))],
    ['fieldsBlock', (builder, node) => builder.fieldsBlock(withBuiltChildren<cst.FieldsBlockCstNode>(node))],
    ['checklist', (builder, node) => builder.checklist(withBuiltChildren<cst.ChecklistCstNode>(node))],
    ['decl', (builder, node) => builder.decl(withBuiltChildren<cst.DeclCstNode>(node))],
    ['dataType', (builder, node) => builder.dataType(withBuiltChildren<cst.DataTypeCstNode>(node))],
    ['outcome', (builder, node) => builder.outcome(withBuiltChildren<cst.OutcomeCstNode>(node))],
    ['closingBlock', (builder, node) => builder.closing(withBuiltChildren<cst.ClosingBlockCstNode>(node))],
    ['status', (builder, node) => builder.status(withBuiltChildren<cst.StatusCstNode>(node))],
    ['transition', (builder, node) => builder.transition(withBuiltChildren<cst.TransitionCstNode>(node))],
    ['step', (builder, node) => builder.step(withBuiltChildren<cst.StepCstNode>(node))],
    ['item', (builder, node) => builder.item(withBuiltChildren<cst.ItemCstNode>(node))],
    ['itemOption', (builder, node) => builder.itemOption(withBuiltChildren<cst.ItemOptionCstNode>(node))],
    ['section', (builder, node) => builder.section(withBuiltChildren<cst.SectionCstNode>(node))],
    ['condition', (builder, node) => builder.disjunction(withBuiltChildren<cst.ConditionCstNode>(node))],
    ['conjunction', (builder, node) => builder.conjunction(withBuiltChildren<cst.ConjunctionCstNode>(node))],
    ['negation', (builder, node) => builder.negation(withBuiltChildren<cst.NegationCstNode>(node))],
    ['test', (builder, node) => builder.test(withBuiltChildren<cst.TestCstNode>(node))],
    ['list', (builder, node) => builder.list(withBuiltChildren<cst.ListCstNode>(node))],
  ]);

  /** Where diagnostics go: the caller's list at the top, else the list of the rule being built. */
  private sink: Diagnostic[] | undefined;

  constructor(
    private readonly file: string,
    diagnostics: Diagnostic[],
  ) {
    this.sink = diagnostics;
  }

  /** The rule's `Built` result if it is built eagerly, else its CST node as it is. */
  buildRule(ruleName: string, node: CstNode): unknown {
    const build = AstBuilder.eager.get(ruleName as keyof BuiltRules);
    if (build === undefined) return node;
    const outer = this.sink;
    this.sink = undefined;
    try {
      const value = build(this, node);
      if (this.sink !== undefined) return new Reported(value, this.sink);
      return value ?? INCOMPLETE;
    } finally {
      this.sink = outer;
    }
  }

  private report(diagnostic: Diagnostic): void {
    (this.sink ??= []).push(diagnostic);
  }

  /** A built child's AST, its diagnostics reported now: the point where a whole-tree walk would build it. */
  private adopt<T>(built: Built<T> | undefined): T | undefined {
    if (!(built instanceof Reported)) return built;
    for (const diagnostic of built.diagnostics) this.report(diagnostic);
    return built.value;
  }

  /** `adopt` of each, the incomplete ones left out. */
  private adoptAll<T>(builts: readonly Built<T>[] | undefined): T[] {
    const adopted: T[] = [];
    if (builts === undefined) return adopted;
    for (const built of builts) {
      const value = this.adopt(built);
      if (value !== undefined) adopted.push(value);
    }
    return adopted;
  }

  sourceFile(node: CstNode | undefined): SourceFile {
    const children = (node === undefined ? undefined : withBuiltChildren<cst.FileCstNode>(node))?.children;
    const file: Writable<SourceFile> = {
      file: this.file,
      imports: this.adoptAll(children?.importDecl),
      fields: this.adoptAll(children?.fieldsBlock),
    };
    const [first, ...others] = this.adoptAll(children?.checklist);
    if (first !== undefined) file.checklist = first;
    for (const other of others) {
      this.report(
        diag('CW004', this.file, other.id.span,
          `a file holds at most one checklist; \`${other.id.text}\` is a second one (\`${first?.id.text}\` is at ${position(first?.span ?? other.span)})`,
          'move it to a file of its own'),
      );
    }
    return file;
  }

  private importDecl(node: Node<cst.ImportDeclCstNode>): Import | undefined {
    const keyword = real(node.children.ImportKeyword);
    const path = this.str(node.children.StringToken);
    return keyword === undefined || path === undefined ? undefined : { path, span: spanFrom(tokenSpan(keyword), path.span) };
  }

  private fieldsBlock(node: Node<cst.FieldsBlockCstNode>): FieldsBlock | undefined {
    const keyword = real(node.children.FieldsKeyword);
    if (keyword === undefined) return undefined;
    const name = this.name(node.children.Name);
    const decls = this.adoptAll(node.children.decl);
    const block: Writable<FieldsBlock> = {
      decls,
      file: this.file,
      span: spanFrom(tokenSpan(keyword), spanOf(real(node.children.RCurly)) ?? lastOf(decls) ?? name?.span),
    };
    if (name !== undefined) block.name = name;
    return block;
  }

  private checklist(node: Node<cst.ChecklistCstNode>): Checklist | undefined {
    const children = node.children;
    const keyword = real(children.ChecklistKeyword);
    const id = this.name(children.Name);
    const title = this.str(children.StringToken);
    if (keyword === undefined || id === undefined || title === undefined) return undefined;
    const declBlocks = children.declBlock ?? [];
    const blocksOf = (kind: 'DataKeyword' | 'UdfKeyword' | 'ResolutionKeyword'): Node<cst.DeclBlockCstNode>[] =>
      declBlocks.filter((block) => real(block.children[kind]) !== undefined);
    const resolutionBlocks = blocksOf('ResolutionKeyword');

    const checklist: Writable<Checklist> = {
      id,
      title,
      data: blocksOf('DataKeyword').flatMap((block) => this.adoptAll(block.children.decl)),
      udf: blocksOf('UdfKeyword').flatMap((block) => this.adoptAll(block.children.decl)),
      resolution: resolutionBlocks.flatMap((block) => this.adoptAll(block.children.decl)),
      outcomes: (children.outcomesBlock ?? []).flatMap((block) => this.adoptAll(block.children.outcome)),
      closing: this.adoptAll(children.closingBlock),
      steps: this.adoptAll(children.step),
      span: spanFrom(tokenSpan(keyword), spanOf(real(children.RCurly)) ?? title.span),
    };
    const version = this.single('version', children.versionMember, (member) => member.children.VersionKeyword, (member) =>
      this.wholeNumber('version', member.children.NumberLiteral));
    if (version !== undefined) checklist.version = version;
    const description = this.single('description', children.descriptionMember, (member) => member.children.DescriptionKeyword, (member) =>
      this.str(member.children.StringToken));
    if (description !== undefined) checklist.description = description;
    const ordering = this.single('ordering', children.orderingMember, (member) => member.children.OrderingKeyword, (member) => {
      const word = real(member.children.StrictKeyword) ?? real(member.children.FreeKeyword);
      return word === undefined ? undefined : { value: word.image === 'free' ? ('free' as const) : ('strict' as const), span: tokenSpan(word) };
    });
    if (ordering !== undefined) checklist.ordering = ordering;
    const assign = this.single('assign', children.assignMember, (member) => member.children.AssignKeyword, (member) => this.assign(member));
    if (assign !== undefined) checklist.assign = assign;
    const resolutionKeyword = real(resolutionBlocks[0]?.children.ResolutionKeyword);
    if (resolutionKeyword !== undefined) {
      checklist.resolutionSpan = spanFrom(tokenSpan(resolutionKeyword), spanOf(real(resolutionBlocks[0]?.children.RCurly)));
    }
    const qaReview = this.single('qa_review', children.qaReviewMember, (member) => member.children.QaReviewKeyword, (member) =>
      this.first(member.children.condition));
    if (qaReview !== undefined) checklist.qaReview = qaReview;
    const lifecycle = this.single('lifecycle', children.lifecycleBlock, (member) => member.children.LifecycleKeyword, (member) =>
      this.lifecycle(member));
    if (lifecycle !== undefined) checklist.lifecycle = lifecycle;
    return checklist;
  }

  /** The first of a member that may be given once; CW001 at each later one. */
  private single<N, T>(
    keyword: string,
    nodes: readonly N[] | undefined,
    keywordOf: (node: N) => readonly IToken[] | undefined,
    build: (node: N) => T | undefined,
  ): T | undefined {
    const [first, ...repeated] = nodes ?? [];
    if (first === undefined) return undefined;
    const firstKeyword = real(keywordOf(first));
    for (const again of repeated) {
      const againKeyword = real(keywordOf(again));
      if (againKeyword === undefined || firstKeyword === undefined) continue;
      this.report(
        diag('CW001', this.file, tokenSpan(againKeyword), `\`${keyword}\` is already given at ${position(tokenSpan(firstKeyword))}`,
          'give it once'),
      );
    }
    return build(first);
  }

  private assign(node: Node<cst.AssignMemberCstNode>): Assign | undefined {
    const keyword = real(node.children.AssignKeyword);
    const when = this.first(node.children.condition);
    if (keyword === undefined || when === undefined) return undefined;
    const priority = real(node.children.PriorityKeyword) === undefined ? undefined : this.wholeNumber('priority', node.children.NumberLiteral);
    const assign: Writable<Assign> = { when, span: spanFrom(tokenSpan(keyword), priority?.span ?? when.span) };
    if (priority !== undefined) assign.priority = priority;
    return assign;
  }

  private wholeNumber(keyword: string, tokens: readonly IToken[] | undefined): NumberValue | undefined {
    const token = real(tokens);
    if (token === undefined) return undefined;
    const value = Number(token.image);
    if (!Number.isInteger(value)) {
      this.report(diag('CW001', this.file, tokenSpan(token), `\`${keyword}\` takes a whole number, not \`${token.image}\``));
      return undefined;
    }
    return { value, span: tokenSpan(token) };
  }


  private decl(node: Node<cst.DeclCstNode>): Decl | undefined {
    const path = this.path(node.children.Path);
    const type = this.first(node.children.dataType);
    if (path === undefined || type === undefined) return undefined;
    const label = this.str(node.children.StringToken);
    const required = real(node.children.RequiredKeyword);
    const decl: Writable<Decl> = { path, type, required: required !== undefined, span: spanFrom(path.span, spanOf(required) ?? label?.span ?? type.span) };
    if (label !== undefined) decl.label = label;
    return decl;
  }

  private dataType(node: Node<cst.DataTypeCstNode>): DataType | undefined {
    const children = node.children;
    const choice = real(children.ChoiceKeyword);
    if (choice !== undefined) {
      const values = realTokens(children.StringToken).map((token) => this.strOf(token));
      return { kind: 'choice', values, span: spanFrom(tokenSpan(choice), spanOf(real(children.RParen)) ?? lastOf(values)) };
    }
    const keyword =
      real(children.TextKeyword) ?? real(children.NumberKeyword) ?? real(children.BooleanKeyword) ?? real(children.DateKeyword) ?? real(children.ListKeyword);
    if (keyword === undefined) return undefined;
    return { kind: keyword.image as 'text' | 'number' | 'boolean' | 'date' | 'list', span: tokenSpan(keyword) };
  }

  private outcome(node: Node<cst.OutcomeCstNode>): Outcome | undefined {
    const id = this.name(node.children.Name);
    const label = this.str(node.children.StringToken);
    return id === undefined || label === undefined ? undefined : { id, label, span: spanFrom(id.span, label.span) };
  }

  private closing(node: Node<cst.ClosingBlockCstNode>): Closing | undefined {
    const keyword = real(node.children.ClosingKeyword);
    const outcome = this.name(node.children.Name);
    if (keyword === undefined || outcome === undefined) return undefined;
    const steps = this.adoptAll(node.children.step);
    return { outcome, steps, span: spanFrom(tokenSpan(keyword), spanOf(real(node.children.RCurly)) ?? lastOf(steps) ?? outcome.span) };
  }

  private lifecycle(node: Node<cst.LifecycleBlockCstNode>): Lifecycle | undefined {
    const keyword = real(node.children.LifecycleKeyword);
    if (keyword === undefined) return undefined;
    const lifecycle: Writable<Lifecycle> = {
      statuses: this.adoptAll(node.children.status),
      transitions: this.adoptAll(node.children.transition),
      span: spanFrom(tokenSpan(keyword), spanOf(real(node.children.RCurly))),
    };
    const initial = this.single('initial', node.children.initialStatus, (entry) => entry.children.InitialKeyword, (entry) =>
      this.name(entry.children.Name));
    if (initial !== undefined) lifecycle.initial = initial;
    return lifecycle;
  }

  private status(node: Node<cst.StatusCstNode>): LifecycleStatus | undefined {
    const keyword = real(node.children.StatusKeyword);
    const id = this.name(node.children.Name);
    const label = this.str(node.children.StringToken);
    if (keyword === undefined || id === undefined || label === undefined) return undefined;
    const active = lastReal(node.children.ActiveKeyword);
    const final = lastReal(node.children.FinalKeyword);
    const lastFlag = [active, final].filter(defined).sort((a, b) => b.startOffset - a.startOffset)[0];
    return {
      id,
      label,
      active: active !== undefined,
      final: final !== undefined,
      span: spanFrom(tokenSpan(keyword), spanOf(lastFlag) ?? label.span),
    };
  }

  /** `transition name: a, b -> c`: the names before `:`, between `:` and `->`, and after `->`. */
  private transition(node: Node<cst.TransitionCstNode>): LifecycleTransition | undefined {
    const keyword = real(node.children.TransitionKeyword);
    const colon = real(node.children.Colon);
    const arrow = real(node.children.Arrow);
    if (keyword === undefined || colon === undefined || arrow === undefined) return undefined;
    const names = realTokens(node.children.Name);
    const name = names.find((token) => token.startOffset < colon.startOffset);
    const from = names.filter((token) => token.startOffset > colon.startOffset && token.startOffset < arrow.startOffset);
    const to = names.find((token) => token.startOffset > arrow.startOffset);
    if (name === undefined || to === undefined || from.length === 0) return undefined;
    const when = real(node.children.WhenKeyword) === undefined ? undefined : this.first(node.children.condition);
    const transition: Writable<LifecycleTransition> = {
      name: this.nameOf(name),
      from: from.map((token) => this.nameOf(token)),
      to: this.nameOf(to),
      span: spanFrom(tokenSpan(keyword), when?.span ?? tokenSpan(to)),
    };
    if (when !== undefined) transition.when = when;
    return transition;
  }


  private step(node: Node<cst.StepCstNode>): Step | undefined {
    const children = node.children;
    const keyword = real(children.StepKeyword);
    const id = this.name(children.Name);
    if (keyword === undefined || id === undefined) return undefined;
    const title = this.str(children.StringToken) ?? { value: '', span: id.span };
    const items = this.adoptAll(children.item);
    const step: Writable<Step> = { id, title, items, span: spanFrom(tokenSpan(keyword), spanOf(real(children.RCurly)) ?? lastOf(items) ?? title.span) };
    const when = real(children.WhenKeyword) === undefined ? undefined : this.first(children.condition);
    if (when !== undefined) step.when = when;
    if (real(children.SensitiveKeyword) !== undefined) step.sensitive = true;
    const description = this.single('description', children.stepDescription, (entry) => entry.children.DescriptionKeyword, (entry) =>
      this.str(entry.children.StringToken));
    if (description !== undefined) step.description = description;
    return step;
  }

  private item(node: Node<cst.ItemCstNode>): Item | undefined {
    const children = node.children;
    const typeToken = real(children.InstructionsKeyword) ?? real(children.ContentItemType);
    if (typeToken === undefined || !isItemType(typeToken.image)) return undefined;
    const type = typeToken.image;
    const id = this.name(children.Name);
    if (id === undefined && type !== 'instructions') return undefined;
    const typeSpan = tokenSpan(typeToken);
    const label = this.str(children.StringToken);
    const options = this.adoptAll(children.itemOption);
    const body = children.itemBody?.[0];
    const sections = body === undefined ? undefined : this.adoptAll(body.children.section);
    const when = real(children.WhenKeyword) === undefined ? undefined : this.first(children.condition);
    const bodyEnd = body === undefined ? undefined : (spanOf(real(body.children.RCurly)) ?? (sections === undefined ? undefined : lastOf(sections)));
    const item: Writable<Item> = {
      type,
      typeSpan,
      options,
      span: spanFrom(typeSpan, when?.span ?? bodyEnd ?? lastOf(options) ?? label?.span ?? id?.span),
    };
    if (id !== undefined) item.id = id;
    if (label !== undefined) item.label = label;
    if (sections !== undefined) item.sections = sections;
    if (when !== undefined) item.when = when;
    return item;
  }

  private itemOption(node: Node<cst.ItemOptionCstNode>): ItemOption | undefined {
    const name = this.name(node.children.OptionName);
    if (name === undefined) return undefined;
    const value = this.optionValue(node);
    return value === undefined ? { name, span: name.span } : { name, value, span: spanFrom(name.span, value.span) };
  }

  private optionValue(node: Node<cst.ItemOptionCstNode>): OptionValue | undefined {
    const list = node.children.list?.[0];
    if (list !== undefined) return this.adopt(list);
    const scalar = real(node.children.Scalar);
    if (scalar !== undefined) return this.scalar(scalar);
    const paths = realTokens(node.children.Path).map((token) => this.pathOf(token));
    const [first, second] = paths;
    if (first === undefined) return undefined;
    if (second === undefined) return { kind: 'path', path: first, span: first.span };
    return { kind: 'paths', paths, span: spanFrom(first.span, second.span) };
  }

  private section(node: Node<cst.SectionCstNode>): Section | undefined {
    const keyword = real(node.children.SectionKeyword);
    const title = this.str(node.children.StringToken);
    if (keyword === undefined || title === undefined) return undefined;
    const fields = realTokens(node.children.Path).map((token) => this.pathOf(token));
    return { title, fields, span: spanFrom(tokenSpan(keyword), spanOf(real(node.children.RCurly)) ?? lastOf(fields) ?? title.span) };
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions: depth.ts has bounded the nesting, so this recursion is too.

  /** The AST of a condition parsed on its own (`parseConditionText`: the start rule, so not built yet). */
  condition(node: CstNode | undefined): Condition | undefined {
    return node === undefined ? undefined : this.disjunction(withBuiltChildren<cst.ConditionCstNode>(node));
  }

  /** The first of a rule's built children of one kind (the only one, where the grammar allows one). */
  private first<T>(built: readonly Built<T>[] | undefined): T | undefined {
    return this.adopt(built?.[0]);
  }

  private disjunction(node: Node<cst.ConditionCstNode>): Condition | undefined {
    const operands = this.adoptAll(node.children.conjunction);
    return this.combine('or', operands);
  }

  private conjunction(node: Node<cst.ConjunctionCstNode>): Condition | undefined {
    const operands = this.adoptAll(node.children.negation);
    return this.combine('and', operands);
  }

  private combine(kind: 'and' | 'or', operands: Condition[]): Condition | undefined {
    const [first] = operands;
    if (first === undefined || operands.length === 1) return first;
    return { kind, operands, span: spanFrom(first.span, lastOf(operands)) };
  }

  /** `not not (a)`: each `not` wraps what follows it, its span running to the closing `)`. */
  private negation(node: Node<cst.NegationCstNode>): Condition | undefined {
    const children = node.children;
    const inner = real(children.LParen) !== undefined ? this.first(children.condition) : this.first(children.test);
    if (inner === undefined) return undefined;
    const nots = realTokens(children.NotKeyword);
    const end = spanOf(real(children.RParen)) ?? inner.span;
    let condition = inner;
    for (let i = nots.length - 1; i >= 0; i -= 1) {
      condition = { kind: 'not', operand: condition, span: spanFrom(tokenSpan(nots[i] as IToken), end) };
    }
    return condition;
  }

  private test(node: Node<cst.TestCstNode>): TestCondition | undefined {
    const children = node.children;
    const ref = this.path(children.Path);
    if (ref === undefined) return undefined;
    const compare = real(children.CompareOp);
    const negated = real(children.NotKeyword) !== undefined;
    let op: TestOp;
    let value: Literal | undefined;
    if (compare !== undefined) {
      op = compare.image as TestOp;
      value = this.scalar(real(children.Scalar));
    } else if (real(children.InKeyword) !== undefined) {
      op = negated ? 'not_in' : 'in';
      value = this.first(children.list);
    } else if (real(children.ContainsKeyword) !== undefined) {
      op = 'contains';
      value = this.scalar(real(children.Scalar));
    } else if (real(children.IsKeyword) !== undefined) {
      const empty = real(children.EmptyKeyword);
      if (empty === undefined) return undefined;
      return { kind: 'test', ref, op: negated ? 'not_empty' : 'empty', span: spanFrom(ref.span, tokenSpan(empty)) };
    } else {
      return { kind: 'test', ref, op: 'truthy', span: ref.span };
    }
    return value === undefined ? undefined : { kind: 'test', ref, op, value, span: spanFrom(ref.span, value.span) };
  }

  // ---------------------------------------------------------------------------------------------
  // Literals and names

  private scalar(token: IToken | undefined): ScalarLiteral | undefined {
    if (token === undefined) return undefined;
    const span = tokenSpan(token);
    const type = token.tokenType;
    if (type === NumberLiteral) {
      const value = Number(token.image);
      if (Number.isFinite(value)) return { kind: 'number', value, span };
      this.report(diag('CW001', this.file, span, nonFiniteNumberMessage(token.image)));
      return undefined;
    }
    if (type === DateLiteral) return { kind: 'date', value: token.image, span };
    if (type === TRUE || type === FALSE) return { kind: 'boolean', value: type === TRUE, span };
    return { kind: 'string', value: this.stringValue(token), span };
  }

  private list(node: Node<cst.ListCstNode>): ListLiteral | undefined {
    const open = real(node.children.LBracket);
    if (open === undefined) return undefined;
    const items = collect(realTokens(node.children.Scalar), (token) => this.scalar(token));
    return { kind: 'list', items, span: spanFrom(tokenSpan(open), spanOf(real(node.children.RBracket)) ?? lastOf(items)) };
  }

  private stringValue(token: IToken): string {
    const triple = token.tokenType === TripleString || token.tokenType === UnterminatedTripleString;
    return triple ? dedentTripleString(token.image) : decodeString(token.image);
  }

  private strOf(token: IToken): Str {
    return { value: this.stringValue(token), span: tokenSpan(token) };
  }

  private str(tokens: readonly IToken[] | undefined): Str | undefined {
    const token = real(tokens);
    return token === undefined ? undefined : this.strOf(token);
  }

  private nameOf(token: IToken): Name {
    return { text: token.image, span: tokenSpan(token) };
  }

  private name(tokens: readonly IToken[] | undefined): Name | undefined {
    const token = real(tokens);
    return token === undefined ? undefined : this.nameOf(token);
  }

  /** A dotted path is one token, so the condition words are kept out of its segments here. */
  private pathOf(token: IToken): Name {
    const name = this.nameOf(token);
    const conditionWord = token.image.includes('.') ? CONDITION_WORD_SEGMENT.exec(token.image)?.[1] : undefined;
    if (conditionWord !== undefined) {
      this.report(
        diag('CW001', this.file, name.span, `\`${conditionWord}\` is a condition word and cannot be part of the path \`${token.image}\``,
          'rename that field'),
      );
    }
    return name;
  }

  private path(tokens: readonly IToken[] | undefined): Name | undefined {
    const token = real(tokens);
    return token === undefined ? undefined : this.pathOf(token);
  }
}
