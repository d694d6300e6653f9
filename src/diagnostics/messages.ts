/**
 * Every diagnostic message, defined once (issue 9). A call site names an entry and fills its holes:
 * `diag(Diagnostics.UnknownItemKey, file, span, [key])`. One mistake therefore reads the same
 * wherever it is found (text or YAML front end, checker, tests, linter), and docs/diagnostics.md
 * lists each code's messages from here. Entries are grouped by code, in code order; the
 * severity and title of each code stay in codes.ts.
 *
 * Holes are `{0}`, `{1}`, …; an entry's `hint` shares its message's arguments. A hint that depends
 * on the case (a suggestion, or a list of what is allowed) is built from `Hints` and passed to
 * `diag` instead. A new message: add an entry here, then use it; never write text at the call site.
 */
import type { MessageDef } from './template.js';

export const Diagnostics = {
  // CW001 — the YAML front end and the test-file reader (src/syntax adds the text form's)
  EmptyYamlFile: { code: 'CW001', message: 'the file is empty: expected a `checklist` (or a `fields` dictionary)' },
  ExpectedChecklist: {
    code: 'CW001',
    message: 'expected a `checklist` (or a `fields` dictionary)',
    hint: 'start the file with `checklist: ID` and `title: …`',
  },
  DuplicateKey: { code: 'CW001', message: 'duplicate key {0}: each key may appear once in a map' },
  TabIndent: { code: 'CW001', message: 'a tab cannot indent YAML: use spaces' },
  MalformedYaml: { code: 'CW001', message: 'malformed YAML: {0}' },
  TooManyAliases: {
    code: 'CW001',
    message: 'too many aliases: at most {0} are followed in one file',
    hint: 'write the repeated part out, or anchor less of it',
  },
  NoAnchor: { code: 'CW001', message: 'no anchor `&{0}` before this alias' },
  KeyNotText: { code: 'CW001', message: 'a key must be text', hint: 'write the key as a name, like `label`' },
  NotAFiniteNumber: { code: 'CW001', message: '`{0}` is not a number a checklist can hold: a number must be finite' },
  NumberTooLarge: { code: 'CW001', message: 'the number `{0}` is too large: a number must be finite (at most about 1.8e308 either way)' },
  BadListEntry: { code: 'CW001', message: 'a list here holds only text, numbers, dates and true/false' },
  StepKeyFirst: { code: 'CW001', message: '`step` must be the first key of a step', hint: 'write `- step: ID` first' },
  BadConditionForm: {
    code: 'CW001',
    message: 'a condition is one of `all: [...]`, `any: [...]`, `not: ...` or a test `{ field, op, value }`',
  },
  FormStandsAlone: { code: 'CW001', message: '`{0}` stands alone in its condition map', hint: 'nest the other keys inside it' },
  EmptyConditionList: { code: 'CW001', message: '`{0}` needs at least one condition' },
  TestNeedsField: { code: 'CW001', message: 'a test needs `field`', hint: '`field` is an item id or a data path' },
  TestNeedsOp: { code: 'CW001', message: 'a test needs `op`', hint: '`op` is one of {0}' },
  OpTakesNoValue: { code: 'CW001', message: 'op `{0}` takes no `value`' },
  OpNeedsValue: { code: 'CW001', message: 'op `{0}` needs a `value`' },
  OpTakesOneValue: { code: 'CW001', message: 'op `{0}` compares with one value, not a list' },
  OpNeedsList: { code: 'CW001', message: 'op `{0}` needs a list `value`' },
  UnknownType: { code: 'CW001', message: 'unknown type {0}', hint: 'a type is one of {1}' },
  ChoiceNeedsValues: { code: 'CW001', message: 'a `choice` needs `values`', hint: 'write `{ type: choice, values: [A, B] }`' },
  ValuesWithoutChoice: { code: 'CW001', message: '`values` belongs to a `choice` type', hint: 'make the type `choice`, or drop `values`' },
  SecondItemType: { code: 'CW001', message: 'an item has one type: {0} comes after `{1}`' },
  LabelOnInstructions: { code: 'CW001', message: '`{0}` items take no `label`', hint: 'write the text as the value of `instructions`' },
  IdOnItem: { code: 'CW001', message: '`{0}` items take no `id`', hint: 'this item\'s id is the value of `{0}`' },
  ItemTypeFirst: { code: 'CW001', message: 'the item\'s type `{0}` must be its first key', hint: 'write `- {0}: …` first' },
  ItemWithoutType: { code: 'CW001', message: 'an item starts with its type, like `yes_no: ID`' },
  ItemStartsWithUnknownKey: { code: 'CW001', message: 'an item starts with its type, like `yes_no: ID`; found {0}' },
  UnknownItemKey: {
    code: 'CW001',
    message: 'unknown key {0} in an item',
    hint: 'an item has its type, `label`, `when`, `sections` (data_compare), `id` (instructions) and its options',
  },
  UnknownKey: { code: 'CW001', message: 'unknown key {0} in {1}' },
  MissingKey: { code: 'CW001', message: '{0} needs `{1}`' },
  ChecklistNeedsTitle: { code: 'CW001', message: 'a checklist needs `title`' },
  BelongsToChecklist: { code: 'CW001', message: '`{0}` belongs to a checklist', hint: 'start the file with `checklist: ID` and `title: …`' },
  WrongKind: { code: 'CW001', message: '{0} must be {1}' },
  NotAmongAllowed: { code: 'CW001', message: '{0} must be one of {1}' },
  WrongCount: { code: 'CW001', message: '{0} needs {1}' },
  DoesNotFit: { code: 'CW001', message: '{0} {1}' },
  NotADate: { code: 'CW001', message: '{0} must be a date like `2024-01-31`' },
  InvalidPath: { code: 'CW001', message: '{0} is not a valid path', hint: '{1}' },
  InvalidId: { code: 'CW001', message: '{0} is not a valid id', hint: '{1}' },
  // CW001 — test files (`checkwright test`)
  EmptyTestFile: { code: 'CW001', message: 'the test file is empty: expected `checklist:` and `tests:`' },
  SecondTestDocument: { code: 'CW001', message: 'a test file holds one document', hint: 'merge the `tests:` lists into the first document' },
  TestFileNeedsTests: { code: 'CW001', message: 'a test file needs `tests`', hint: 'add `tests:` with a list of `{ name, case, steps }`' },
  NoTests: { code: 'CW001', message: '`tests` must be a list with at least one test' },
  TestNeedsSteps: { code: 'CW001', message: 'a test needs `steps`', hint: 'list actions (`answer`, `complete`, …) and `expect` checks' },
  CaseAndCaseFile: { code: 'CW001', message: 'a test has `case` or `case_file`, not both' },
  CaseNotAMap: { code: 'CW001', message: '`case` must be a map of case data' },
  TestNeedsCase: { code: 'CW001', message: 'a test needs `case` (inline case data) or `case_file` (a JSON file)' },
  TwoActions: { code: 'CW001', message: 'one action per step: this one has both `{0}` and `{1}`', hint: 'split it into two steps' },
  StepWithoutAction: {
    code: 'CW001',
    message: 'a step needs an action (`answer`, `complete`, `reopen`, `outcome`, `transition`) or `expect`',
  },
  ActorWithoutAction: { code: 'CW001', message: '`as` names who does an action: this step has none' },
  // CW002
  ImportCycle: { code: 'CW002', message: 'import cycle: {0}', hint: 'remove one of the imports in the cycle' },
  CannotImport: {
    code: 'CW002',
    message: 'cannot import `{0}`: {1}',
    hint: 'looked for `{2}`: an import is relative to the importing file\'s folder',
  },
  CannotRead: { code: 'CW002', message: 'cannot read `{0}`: {1}' },
  ChecklistDoesNotCompile: { code: 'CW002', message: 'the checklist `{0}` cannot be tested: it does not compile' },
  ChecklistFileHoldsNone: { code: 'CW002', message: 'the checklist `{0}` cannot be tested: it holds no checklist' },
  CannotUseCaseFile: {
    code: 'CW002',
    message: 'cannot use case file `{0}`: {1}',
    hint: 'looked for `{2}`: a case file is relative to the test file\'s folder',
  },
  CaseFileNotJson: {
    code: 'CW002',
    message: 'cannot use case file `{0}`: not valid JSON ({1})',
    hint: 'looked for `{2}`: a case file is relative to the test file\'s folder',
  },
  // CW003 — one limit and one text for both front ends
  ConditionTooDeep: {
    code: 'CW003',
    message: 'condition nested deeper than {0} levels',
    hint: 'split it into simpler conditions, or remove redundant nesting and double negations',
  },
  YamlTooDeep: { code: 'CW003', message: 'the YAML is nested deeper than {0} levels', hint: 'flatten the structure' },
  YamlTooDeepToRead: { code: 'CW003', message: 'the YAML is nested too deeply to read', hint: 'flatten the structure' },
  // CW004 — the same words in both front ends
  SecondChecklist: {
    code: 'CW004',
    message: 'a file holds at most one checklist; `{0}` is a second one (`{1}` is at {2})',
    hint: 'move it to a file of its own',
  },
  // CW010
  DuplicateId: {
    code: 'CW010',
    message: 'duplicate id `{0}`: {1} `{0}` on line {2} already has it',
    hint: 'steps and items share one namespace per checklist; give this one another id',
  },
  DuplicateGeneratedId: {
    code: 'CW010',
    message: 'duplicate id `{0}`: it is also the id generated for the instructions at {1}',
    hint: 'instructions without an id get `<stepId>_instructions_<n>`; rename this {2} or give those instructions an id',
  },
  AmbiguousName: {
    code: 'CW010',
    message: 'ambiguous name `{0}`: it is both an item id and the start of the data path `{1}`',
    hint: 'rename the item or the data path so a condition can tell them apart',
  },
  DuplicateName: { code: 'CW010', message: 'duplicate {0} `{1}` (first on line {2})', hint: 'remove or rename this {0}' },
  DuplicateDeclaration: {
    code: 'CW010',
    message: 'duplicate {0} declaration `{1}`: already declared as {2} at {3}',
    hint: 'declare it with the same type, or use another path',
  },
  DuplicateDeclarationSameFile: {
    code: 'CW010',
    message: 'duplicate {0} declaration `{1}`: already declared as {2} at {3}',
    hint: 'remove one of the two declarations',
  },
  PathPrefixClash: {
    code: 'CW010',
    message: '{0} path `{1}` clashes with `{2}` ({3}): a path cannot be both a field and the prefix of another field',
    hint: 'rename one of them, e.g. `{4}_value`',
  },
  DuplicateChoiceValue: { code: 'CW010', message: 'duplicate value {0} in the choice of `{1}`', hint: 'remove the repeated value' },
  // CW011
  UnknownReference: {
    code: 'CW011',
    message: 'unknown reference `{0}` in the condition of {1}: it names no item and no declared data path',
    hint: 'declare it in `data { }` or a `fields` block, or use the id of an earlier item',
  },
  UnknownOutcomeReference: {
    code: 'CW011',
    message: 'unknown reference `outcome` in the condition of {0}: it names no item and no declared data path',
    hint: 'declare the outcomes in `outcomes { … }` to read `outcome`',
  },
  UnknownStatusReference: {
    code: 'CW011',
    message: 'unknown reference `status` in the condition of {0}: it names no item and no declared data path',
    hint: 'declare a `lifecycle { … }` to read `status`',
  },
  StepReference: {
    code: 'CW011',
    message: 'unknown reference `{0}` in the condition of {1}: it names no item and no declared data path',
    hint: '`{0}` is a step: a condition reads items and case data, so name one of the step\'s items',
  },
  UnknownComparedPath: {
    code: 'CW011',
    message: 'unknown data path `{0}` in section {1} of `{2}`',
    hint: 'declare it in `data { }` or a `fields` block',
  },
  // CW011, CW014 — a test file's expectations against the checklist under test
  NoResolutionItem: {
    code: 'CW011',
    message: 'the checklist has no resolution item: `resolution` is always null',
    hint: 'remove this expectation',
  },
  NoLifecycle: { code: 'CW011', message: 'the checklist declares no lifecycle: no status {0}' },
  UnknownInChecklist: { code: 'CW011', message: 'unknown {0} {1} in checklist {2}' },
  NotAmong: { code: 'CW014', message: '{0} is not {1}' },
  // CW012
  ReservedName: { code: 'CW012', message: '{0} `{1}` uses a reserved name: {2}', hint: 'choose another name' },
  // CW013
  OutcomeTooEarly: {
    code: 'CW013',
    message: '{0} cannot read `outcome`: it is set only once the main steps are done',
    hint: 'read `outcome` in a closing step',
  },
  StatusInAssign: {
    code: 'CW013',
    message: '{0} cannot read `status`',
    hint: 'the `assign` rule picks the checklist before the case has a status; read case data',
  },
  ItemInAssign: {
    code: 'CW013',
    message: '{0} reads only case data, not item `{1}`',
    hint: 'the checklist is chosen before any item is answered; read case data',
  },
  SelfReference: {
    code: 'CW013',
    message: 'item `{0}` reads itself in its own condition',
    hint: 'a condition decides whether its item is shown, so it cannot depend on its answer',
  },
  StepReadsOwnItem: {
    code: 'CW013',
    message: 'step `{0}` reads its own item `{1}` in its condition, which decides whether that item is shown',
    hint: 'move `{1}` to an earlier step, or put the condition on the items that depend on it',
  },
  ClosingItemOutOfSight: {
    code: 'CW013',
    message: '{0} reads item `{1}` of the closing steps of outcome `{2}`, which it can never see',
    hint: 'closing steps are shown after the main steps, and only those of the chosen outcome',
  },
  ForwardReference: {
    code: 'CW013',
    message: '{0} reads item `{1}`, which comes after it',
    hint: 'a condition reads only case data and earlier items: move `{1}` before it, or the condition after it',
  },
  // CW014
  NotARealDate: { code: 'CW014', message: '{0} is not a real calendar date', hint: 'write a date that exists, as YYYY-MM-DD' },
  InstructionsHaveNoResponse: { code: 'CW014', message: '{0} is instructions: it has no response to read', hint: 'read a question item instead' },
  OrderingNeedsNumberOrDate: { code: 'CW014', message: '{0} compares numbers and dates, but {1} is {2}' },
  InNeedsList: { code: 'CW014', message: '{0} needs a list of values, not {1}', hint: 'write `[…]`' },
  InTestsSingleValue: { code: 'CW014', message: '{0} tests a single value, but {1} is {2}' },
  ContainsNeedsList: { code: 'CW014', message: '`contains` tests the elements of a list, but {0} is {1}' },
  ContainsOneElement: { code: 'CW014', message: '`contains` tests one element, not a list', hint: 'write a single value' },
  LiteralTypeMismatch: { code: 'CW014', message: '{0} compares {1}, which is {2}, with {3}' },
  // CW015
  NotAChoiceValue: { code: 'CW015', message: '{0} is not a value of {1}, which is {2}' },
  // CW020
  RequiredOnInstructions: { code: 'CW020', message: '{0} cannot be `required`: instructions have no response', hint: 'remove `required`' },
  // CW021
  ItemWithoutId: { code: 'CW021', message: 'this `{0}` item has no id', hint: 'write an id after `{0}`, e.g. `{0} my_{0} "Label"`' },
  ItemWithoutLabel: { code: 'CW021', message: '{0} has no label', hint: 'write its label in quotes after the id' },
  SectionsOnNonCompare: { code: 'CW021', message: '{0} cannot have a `{ section … }` body', hint: 'only `data_compare` items have sections' },
  OptionOnInstructions: { code: 'CW021', message: '{0} cannot take `{1}`: instructions take no options', hint: 'remove it' },
  UnknownOption: { code: 'CW021', message: 'unknown option `{0}` on {1}' },
  OptionNotForType: { code: 'CW021', message: '`{0}` is not an option of `{1}` items' },
  OptionTwice: { code: 'CW021', message: 'option `{0}` is written twice on {1}', hint: 'remove the repeat' },
  OptionValueKind: { code: 'CW021', message: 'option `{0}` of {1} {2}' },
  // CW022
  SelectWithoutOptions: { code: 'CW022', message: '`select` item `{0}` has no options', hint: 'add `options ["A", "B"]`' },
  RepeatedOptionValue: { code: 'CW022', message: '{0} is listed twice in `{1}` on item `{2}`', hint: 'list each value once' },
  // CW023
  EmptyStringList: { code: 'CW023', message: '`{0}` is empty on item `{1}`', hint: 'list at least one value, or remove `{0}`' },
  RepeatedStringListValue: { code: 'CW023', message: '{0} is listed twice in `{1}` on item `{2}`', hint: 'list each value once' },
  BadPattern: {
    code: 'CW023',
    message: '`pattern` is not a valid regular expression ({0}) on item `{1}`',
    hint: 'write a JavaScript regular expression (Unicode mode), without slashes',
  },
  OptionNotARealDate: { code: 'CW023', message: '`{0}` {1} is not a real calendar date on item `{2}`', hint: 'write a date that exists, as YYYY-MM-DD' },
  MaxBeforeMin: { code: 'CW023', message: '`max` {0} is before `min` {1} on item `{2}`', hint: 'swap them, or correct one of the dates' },
  MaxLengthBelowOne: { code: 'CW023', message: '`max_length` must be at least 1 on item `{0}`', hint: 'allow at least one character, or remove `max_length`' },
  BadBorrowers: { code: 'CW023', message: '`borrowers` must be 1 or 2 on item `{0}`', hint: 'write `borrowers 1` or `borrowers 2`' },
  BadMode: { code: 'CW023', message: '`mode` is `{0}` on item `{1}`', hint: 'write `edit` or `read_only`' },
  BadSources: { code: 'CW023', message: '`sources` must name exactly two roots on item `{0}`', hint: 'write two identifiers, like `sources dispute record`' },
  // CW030–CW033
  CannotResolve: { code: 'CW030', message: '`{0}` item `{1}` cannot resolve the case', hint: 'only {2} items take `allow_case_resolution`' },
  ResolutionNotLast: {
    code: 'CW031',
    message: 'resolution item `{0}` is on step `{1}`, not on the last step{2}',
    hint: 'move it to the last main step: the case is resolved once every step before it is done',
  },
  SecondResolutionItem: {
    code: 'CW032',
    message: 'a second resolution item `{0}`: `{1}` already resolves the case',
    hint: 'keep `allow_case_resolution` on one item only',
  },
  NoResolutionBlock: {
    code: 'CW033',
    message: 'item `{0}` allows case resolution, but the checklist has no `resolution` field to record',
    hint: 'add `resolution { finding choice("Accurate", "Inaccurate") "Finding" required }`',
  },
  // CW040–CW042
  NoEffectReadOnly: {
    code: 'CW040',
    message: '`{0}` has no effect on data compare `{1}`: its mode is `read_only`',
    hint: 'remove `{0}`, or use `mode edit`',
  },
  CompareWithoutFields: { code: 'CW041', message: 'data compare `{0}` has no fields to compare', hint: 'add `{ section "Title" { some.path } }`' },
  SectionWithoutFields: {
    code: 'CW041',
    message: 'section {0} of data compare `{1}` has no fields',
    hint: 'list the data paths to compare, or remove the section',
  },
  CompareSharesStep: { code: 'CW042', message: 'data compare `{0}` shares step `{1}` with other items', hint: 'give the data compare a step of its own' },
  // CW050, CW051
  UdfWithoutField: {
    code: 'CW050',
    message: 'udf item `{0}` names no udf field',
    hint: 'add `field <path>` naming a declaration of the `udf { }` block',
  },
  UnknownUdfField: {
    code: 'CW050',
    message: 'udf item `{0}` names `{1}`, which the `udf { }` block does not declare',
    hint: 'declare it: `udf { {1} text "Label" }`',
  },
  MaxFilesBelowOne: {
    code: 'CW051',
    message: '`max_files` is {0} on item `{1}`: no file could be uploaded',
    hint: 'allow at least 1 file (the default is 10)',
  },
  // CW060–CW062
  ClosingWithoutOutcomes: {
    code: 'CW060',
    message: 'closing block for outcome `{0}`, but the checklist declares no outcomes',
    hint: 'declare it: `outcomes { {0} "Label" }`',
  },
  ClosingUndeclaredOutcome: {
    code: 'CW060',
    message: 'closing block for undeclared outcome `{0}`',
    hint: 'name a declared outcome, or add `{0} "Label"` to `outcomes { … }`',
  },
  TransitionFromFinal: {
    code: 'CW061',
    message: '{0} leaves `{1}`, which is final: a final status has no way out',
    hint: 'remove the transition, or drop `final` from status `{1}`',
  },
  TransitionSourceFinal: {
    code: 'CW061',
    message: '{0} leaves `{1}`, which is final: a final status has no way out',
    hint: 'remove `{1}` from the transition\'s sources, or drop `final` from status `{1}`',
  },
  NoInitialStatus: {
    code: 'CW061',
    message: 'the lifecycle has no `initial` status: nothing says where a case starts',
    hint: 'add `initial {0}` (or another status) to say where a case starts',
  },
  EmptyLifecycle: {
    code: 'CW061',
    message: 'the lifecycle has no `initial` status: nothing says where a case starts',
    hint: 'declare its statuses and where a case starts: `initial open` and `status open "Open" active`',
  },
  UnknownStatus: {
    code: 'CW061',
    message: '{0} `{1}`, which is not a status of the lifecycle',
    hint: 'declare it: `status {1} "Label" active`',
  },
  UnreachableStatus: {
    code: 'CW062',
    message: 'status `{0}` is unreachable: no chain of transitions leads to it from the initial status `{1}`',
    hint: 'add a transition into it (`transition <name>: {1} -> {0}`), or remove it',
  },
  UnreachableStatusChain: {
    code: 'CW062',
    message: 'status `{0}` is unreachable: no chain of transitions leads to it from the initial status `{1}`',
    hint: 'every transition into `{0}` starts from a status that is unreachable too; add a transition from a reachable status (`transition <name>: {1} -> {0}`), or remove it',
  },
  // CW100–CW105
  EmptyListAlways: { code: 'CW100', message: '`{0}` is always {1}: the list is empty', hint: 'list the values to test, or remove the test' },
  AlwaysFalse: {
    code: 'CW100',
    message: 'this condition is always false: no value of {0} passes all of {1}',
    hint: 'check the values; did you mean `or`?',
  },
  AlwaysTrue: {
    code: 'CW100',
    message: 'this condition is always true: every value of {0}, absent included, passes one of {1}',
    hint: 'check the values; did you mean `and`? Otherwise remove the condition',
  },
  StepAlwaysHidden: {
    code: 'CW101',
    message: 'step `{0}` is hidden under every case: its condition is always false',
    hint: 'fix or remove the condition',
  },
  StepItemsAlwaysHidden: {
    code: 'CW101',
    message: 'every item of step `{0}` is hidden under every case: their conditions are always false',
    hint: 'fix the conditions, or remove the step',
  },
  UnusedData: {
    code: 'CW102',
    message: 'data field `{0}` is declared but never read',
    hint: 'read it in a condition or a `data_compare`, or remove the declaration',
  },
  ResolutionStepCondition: {
    code: 'CW103',
    message: 'the last step `{0}` holds resolution item `{1}` but has a condition: when it is false the case cannot be resolved',
    hint: 'remove the condition, or move the resolution item to a step that is always shown',
  },
  // CW101, CW104, CW105 — found by the reachability analysis (`lint --reachability`)
  StepItemsNeverShown: {
    code: 'CW101',
    message: 'every item of step `{0}` is hidden under every case',
    hint: 'fix the items\' conditions, or remove the step',
  },
  NeverVisible: { code: 'CW104', message: '{0} `{1}` can never be visible: {2}', hint: 'fix the condition, or remove the {0}' },
  NeverCompleted: {
    code: 'CW105',
    message: 'checklist `{0}` can never be completed',
    hint: 'a required item that no valid answer satisfies, or a step that can never be ready',
  },
  NeverResolved: {
    code: 'CW105',
    message: 'the case can never be resolved from `{0}`',
    hint: 'the resolution item can never be visible and valid with every visible step ready',
  },
  // CW900 — see internalError() in diagnostic.ts, the one way to build it.
  InternalError: {
    code: 'CW900',
    message: 'internal error in {0}: {1}',
    hint: 'this is a bug in Checkwright, not in your file; please report it with the file that caused it',
  },
} as const satisfies Record<string, MessageDef>;

export type DiagnosticName = keyof typeof Diagnostics;

/** Hints that a call site picks from, when the right hint depends on the case. */
export const Hints = {
  DidYouMean: 'did you mean `{0}`?',
  KeysHere: 'the keys here are {0}',
  OneOf: 'expected one of {0}',
  NoneDeclared: 'the checklist has no {0}',
  TypeTakes: '`{0}` takes: {1}',
  UseOrderingWords: 'use `==`, `!=` or `in`',
  UseContains: 'use `contains` to test an element',
  TestEmptiness: 'test it with `is empty` or `is not empty`',
  UseEqualsOrIn: 'use `==` or `in`',
  WriteSingleValue: 'write a single value',
  WriteAsText: 'write it as text: "{0}"',
  WriteNumber: 'write a number',
  WriteBoolean: 'write `true` or `false`',
  WriteRealDate: 'write a real calendar date, as YYYY-MM-DD',
  WriteChoiceValue: 'write one of its values as text',
} as const satisfies Record<string, string>;
