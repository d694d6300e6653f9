/** The part of logic-solver (MiniSat in JS) the explorer uses; the package ships no types. */
declare module 'logic-solver' {
  export type Formula = string | object;
  export interface Solution {
    getTrueVars(): string[];
    evaluate(formula: Formula): boolean;
  }
  export class Solver {
    require(...formulas: Formula[]): void;
    solve(): Solution | null;
    solveAssuming(formula: Formula): Solution | null;
  }
  export const TRUE: Formula;
  export const FALSE: Formula;
  export function or(...operands: Formula[]): Formula;
  export function and(...operands: Formula[]): Formula;
  export function not(operand: Formula): Formula;
  export function equiv(a: Formula, b: Formula): Formula;
  export function implies(a: Formula, b: Formula): Formula;
  export function exactlyOne(...operands: Formula[]): Formula;
  export function disablingAssertions<T>(run: () => T): T;
  const Logic: {
    Solver: typeof Solver;
    TRUE: Formula;
    FALSE: Formula;
    or: typeof or;
    and: typeof and;
    not: typeof not;
    equiv: typeof equiv;
    implies: typeof implies;
    exactlyOne: typeof exactlyOne;
    disablingAssertions: typeof disablingAssertions;
  };
  export default Logic;
}
