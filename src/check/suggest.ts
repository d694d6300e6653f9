/**
 * "Did you mean": the closest candidate by edit distance, only when it is close. The thresholds
 * are TypeScript's (`getSpellingSuggestion`): a case-only difference wins outright and costs 0.1
 * per letter elsewhere, short candidates are suggested only for a case-only difference, and
 * candidates whose length differs too much are skipped before any distance is computed.
 */
import { hint, type HintText } from '../diagnostics/diagnostic.js';
import { Hints } from '../diagnostics/messages.js';

export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const lowerName = name.toLowerCase();
  const maxLengthDifference = Math.max(2, Math.floor(name.length * 0.34));
  let bestDistance = Math.floor(name.length * 0.4) + 1;
  let best: string | undefined;
  for (const candidate of candidates) {
    if (candidate === name || Math.abs(candidate.length - name.length) > maxLengthDifference) continue;
    if (candidate.toLowerCase() === lowerName) return candidate;
    if (candidate.length < 3) continue;
    const distance = editDistance(name, candidate, bestDistance - 0.1);
    if (distance !== undefined) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

/** Levenshtein distance where a case-only substitution costs 0.1; `undefined` above `max`. */
function editDistance(a: string, b: string, max: number): number | undefined {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const charA = a.charAt(i - 1);
      const charB = b.charAt(j - 1);
      const substitution = charA === charB ? 0 : charA.toLowerCase() === charB.toLowerCase() ? 0.1 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return undefined;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance > max ? undefined : distance;
}

/** The hint for a suggestion, or undefined when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): HintText | undefined {
  const best = suggest(name, candidates);
  return best === undefined ? undefined : hint(Hints.DidYouMean, [best]);
}
