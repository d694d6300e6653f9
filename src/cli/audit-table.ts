/** `audit show`: a session's trail as a readable table — who, when, what, and each completed step's snapshot. */
import { mayRead, redactPaths, REDACTED, type Permissions } from '../runtime/permissions.js';
import type { SessionEvent } from '../runtime/session.js';
import type { StoredSession } from '../store/index.js';

/**
 * Sensitive values the reader may not see are `[redacted]` (SPEC §9.2), judged by the checklist
 * version the session runs now (an item's sensitivity as of its latest version).
 */
export function renderTrail({ info, session }: StoredSession, permissions: Permissions): string {
  const lines = [
    `session ${info.id}: checklist ${info.checklist} v${info.checklistVersion} (${info.hash})`,
    `created ${info.created}, ${info.version} event${info.version === 1 ? '' : 's'}`,
    '',
  ];
  const shown = (item: string, value: unknown) => JSON.stringify(mayRead(session.checklist, item, permissions) || value === null ? value : REDACTED);
  const rows = session.events.map((event, index) => [String(index + 1), event.at, event.actor, what(event, shown)]);
  const header = ['#', 'when', 'who', 'what'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  lines.push(line(header));
  session.events.forEach((event, index) => {
    lines.push(line(rows[index]!));
    if (event.type !== 'complete_step') return;
    const indent = ' '.repeat(widths.slice(0, 3).reduce((sum, width) => sum + width + 2, 0) + 2);
    for (const [path, value] of Object.entries(redactPaths(session.checklist, event.snapshot, permissions))) lines.push(`${indent}${path} = ${JSON.stringify(value)}`);
  });
  const { state } = session;
  lines.push('', `completed: ${state.completed.length > 0 ? state.completed.join(', ') : 'none'}; outcome: ${state.outcome ?? 'none'}; status: ${state.status ?? 'none'}`);
  return `${lines.join('\n')}\n`;
}

function what(event: SessionEvent, shown: (item: string, value: unknown) => string): string {
  switch (event.type) {
    case 'answer':
      return `answer ${event.item} = ${shown(event.item, event.value)}`;
    case 'complete_step':
      return `complete step ${event.step}, showing:`;
    case 'reopen_step':
      return `reopen step ${event.step}`;
    case 'set_outcome':
      return `set outcome ${event.outcome ?? '(none)'}`;
    case 'transition':
      return `transition ${event.name}: ${event.from ?? '(none)'} → ${event.to}`;
    case 'migrate':
      return `migrate to ${event.to}: dropped ${event.dropped.join(', ') || 'none'}; reopened ${event.reopened.join(', ') || 'none'}`;
  }
}
