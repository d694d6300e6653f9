import type { Lifecycle, LifecycleStatus } from '../../language/ast.js';

/**
 * The lifecycle's statuses by id, the first declaration winning (a repeat is CW010). A `Map`,
 * so a status named like an inherited property (`constructor`) is looked up safely.
 */
export function statusesById(lifecycle: Lifecycle): ReadonlyMap<string, LifecycleStatus> {
  const byId = new Map<string, LifecycleStatus>();
  for (const status of lifecycle.statuses) if (!byId.has(status.id.text)) byId.set(status.id.text, status);
  return byId;
}
