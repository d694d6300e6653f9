/**
 * Which of the ids both versions share have moved: those outside a longest increasing
 * subsequence of their new positions (so inserting or removing one step does not make every later
 * one "moved"). O(n log n).
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const afterIndex = new Map(after.map((id, index) => [id, index]));
  const common = before.filter((id) => afterIndex.has(id));
  const positions = common.map((id) => afterIndex.get(id)!);
  const kept = longestIncreasing(positions);
  return new Set(common.filter((_, index) => !kept.has(index)));
}

function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}
