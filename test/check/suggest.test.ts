import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/check/suggest.js';

describe('did you mean', () => {
  it('suggests a close name', () => {
    expect(suggest('Modifed', ['Verified', 'Modified', 'Deleted'])).toBe('Modified');
  });

  it('prefers a case-only difference', () => {
    expect(suggest('modified', ['Modifies', 'Modified'])).toBe('Modified');
    expect(suggest('ab', ['AB', 'ac'])).toBe('AB');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggest('reason', ['balance', 'account.number'])).toBeUndefined();
    expect(suggest('x', ['y'])).toBeUndefined();
  });
});
