/** The snapshot a `complete_step` event records (SPEC §5.2; docs/runtime.md "The event format"). */
import type { JsonValue } from '../ir/types.js';
import type { ConditionData } from './conditions/index.js';
import type { LoadedStep } from './load.js';
import { cloneJson, readPath, setOwn } from './own.js';
import type { StepResult } from './types.js';

/**
 * Every value the step showed or read, keyed by condition path: its visible items' responses
 * (`responses.<id>`), what its conditions read (`case.…`, `responses.…`, `outcome`, `status`), the
 * case fields its compares show (`case.<root>.<path>` for both roots) and the lists its file and
 * related-case items show. Absent values are `null`.
 */
export function snapshotOf(loaded: LoadedStep, shown: StepResult, data: ConditionData): Record<string, JsonValue> {
  const paths = new Set<string>(loaded.step.deps ?? []);
  if (loaded.outcome !== undefined) paths.add('outcome');
  loaded.items.forEach(({ item }, index) => {
    for (const dep of item.deps ?? []) paths.add(dep);
    if (!shown.items[index]?.visible || item.type === 'instructions') return;
    paths.add(`responses.${item.id}`);
    if (item.type === 'data_compare') {
      for (const field of item.sections.flatMap((section) => section.fields)) {
        for (const root of item.sources) paths.add(`case.${root}.${field}`);
      }
    }
    if (item.type === 'review_files' || item.type === 'related_cases') paths.add(`case.${item.source}`);
  });
  const snapshot: Record<string, JsonValue> = {};
  for (const path of [...paths].sort()) setOwn(snapshot, path, cloneJson(readPath(data, path) ?? null) as JsonValue);
  return snapshot;
}
