import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

const OUTCOMES = 'outcomes { upheld "Upheld"  denied "Denied" }';
const closing = (outcome: string): string => `closing ${outcome} { step credit "Credit" { checkbox credited "Credited" } }`;

describe('CW060 closing block for an undeclared outcome', () => {
  it('reports the outcome name, with a suggestion', () => {
    const result = checkSource(checklist(`${OUTCOMES}\n step s "S" { checkbox c "C" }\n ${closing('uphold')}`));
    const d = expectOne(result, 'CW060', 'uphold');
    expect(d.severity).toBe('error');
    expect(d.message).toBe('closing block for undeclared outcome `uphold`');
    expect(d.hint).toBe('did you mean `upheld`?');
  });

  it('says how to declare it when nothing is close', () => {
    const d = expectOne(checkSource(checklist(`${OUTCOMES}\n step s "S" { checkbox c "C" }\n ${closing('escalated')}`)), 'CW060', 'escalated');
    expect(d.hint).toContain('`escalated "Label"`');
  });

  it('reports a closing block when the checklist declares no outcomes', () => {
    const d = expectOne(checkSource(checklist(`step s "S" { checkbox c "C" }\n ${closing('upheld')}`)), 'CW060', 'upheld');
    expect(d.message).toContain('declares no outcomes');
    expect(d.hint).toBe('declare it: `outcomes { upheld "Label" }`');
  });

  it('accepts closing blocks for declared outcomes, even an outcome that is an inherited name', () => {
    expectNone(checkSource(checklist(`${OUTCOMES}\n step s "S" { checkbox c "C" }\n ${closing('upheld')}\n closing denied { step deny "Deny" { checkbox sent "Sent" } }`)), 'CW060');
    const inherited = checkSource(checklist(`outcomes { toString "T" }\n step s "S" { checkbox c "C" }\n ${closing('toString')}`));
    expectNone(inherited, 'CW060');
    expectOne(checkSource(checklist(`${OUTCOMES}\n step s "S" { checkbox c "C" }\n ${closing('constructor')}`)), 'CW060', 'constructor');
  });
});
