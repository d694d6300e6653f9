/** Exact reachability with witnesses (SPEC §8.3), test generation, and the lint warnings it proves. */
export { explore, type Answer, type ExploreOptions, type ExploreReport, type ExploreResult, type GoalAnswer, type NodeAnswer } from './explore.js';
export { generateTests, testFileText, type GenerateResult } from './generate.js';
export { replay, type WitnessTest, type TestStep, type Expect } from './witness.js';
