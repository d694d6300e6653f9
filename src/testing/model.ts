/**
 * A checklist test file (SPEC §8.1) as read: every node keeps the span it was written at, so a
 * failure or a diagnostic points at the test file's line:col.
 */
import type { JsonValue } from '../ir/types.js';
import type { Span } from '../language/span.js';

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export interface TestFile {
  /** As diagnostics name it (relative to the run's folder, `/`-separated). */
  readonly file: string;
  /** The checklist under test, as written: relative to the test file's folder. */
  readonly checklist: Located<string>;
  readonly tests: readonly TestCase[];
}

export interface TestCase {
  readonly name: Located<string>;
  /** The whole test's span: where a test without a name-level failure is reported. */
  readonly span: Span;
  /** Inline case data (`case`), or a JSON file (`case_file`, relative to the test file). */
  readonly caseData: { readonly kind: 'inline'; readonly value: JsonValue } | { readonly kind: 'file'; readonly path: Located<string> };
  readonly state?: Located<TestState>;
  readonly steps: readonly TestStep[];
}

/** The optional starting state (SPEC §5): the session starts from it instead of from nothing. */
export interface TestState {
  readonly responses: readonly { readonly id: Located<string>; readonly value: JsonValue }[];
  readonly completed: readonly Located<string>[];
  readonly outcome?: Located<string | null>;
  readonly status?: Located<string>;
}

export interface TestStep {
  readonly span: Span;
  readonly action?: Action;
  readonly expect: readonly Expectation[];
}

export type Action = Located<
  | { readonly kind: 'answer'; readonly answers: readonly { readonly id: Located<string>; readonly value: JsonValue }[] }
  | { readonly kind: 'complete' | 'reopen'; readonly step: Located<string> }
  | { readonly kind: 'outcome'; readonly outcome: Located<string | null> }
  | { readonly kind: 'transition'; readonly name: Located<string> }
> & { readonly actor?: string };

/** One check, at the span of the entry that asks for it (one per listed id). */
export type Expectation = { readonly span: Span } & (
  | { readonly kind: 'visible' | 'hidden' | 'valid'; readonly id: string }
  | { readonly kind: 'status'; readonly id: string; readonly status: string }
  | { readonly kind: 'invalid'; readonly id: string; readonly codes: readonly string[] }
  | { readonly kind: 'checklist'; readonly status: string }
  | { readonly kind: 'progress'; readonly progress: ProgressExpectation }
  | { readonly kind: 'resolution'; readonly resolution: ResolutionExpectation }
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'why'; readonly id: string; readonly text: string }
);

export interface ProgressExpectation {
  readonly completed?: number;
  readonly total?: number;
  readonly current?: string | null;
  readonly remaining?: number;
}

export interface ResolutionExpectation {
  readonly allowed?: boolean;
  readonly qaReview?: boolean;
  readonly blockedBy?: readonly string[];
}
