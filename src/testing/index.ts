/** Checklist tests (SPEC §8): reading test files, running them as sessions, coverage, reports. */
export { readTestFile, type ReadResult } from './read.js';
export { checkTestFile } from './check.js';
export { runTest, DEFAULT_ACTOR, type Failure, type TestOutcome, type Observer } from './run.js';
export { runSuite, type FileResult, type SuiteResult, type TestResult } from './suite.js';
export { CoverageTracker, type ChecklistCoverage, type Goal, type GoalKind } from './coverage.js';
export { formatCoverageText, formatTestText, summaryLine } from './report/text.js';
export { formatTestJson } from './report/json.js';
export { formatTestJunit } from './report/junit.js';
export type * from './model.js';
