/** `audit show`: a session's trail as a readable table — who, when, what, and each completed step's snapshot. */
import type { SessionEvent } from '../runtime/session.js';
import type { StoredSession } from '../store/index.js';

export function renderTrail({ info, session }: StoredSession): string {
  const lines = [
    `session ${info.id}: checklist ${info.checklist} v${info.checklistVersion} (${info.hash})`,
    `created ${info.created}, ${info.version} event${info.version === 1 ? '' : 's'}`,
    '',
  ];
  const rows = session.events.map((event, index) => [String(index + 1), event.at, event.actor, what(event)]);
  const header = ['#', 'when', 'who', 'what'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  lines.push(line(header));
  session.events.forEach((event, index) => {
    lines.push(line(rows[index]!));
    if (event.type !== 'complete_step') return;
    const indent = ' '.repeat(widths.slice(0, 3).reduce((sum, width) => sum + width + 2, 0) + 2);
    for (const [path, value] of Object.entries(event.snapshot)) lines.push(`${indent}${path} = ${JSON.stringify(value)}`);
  });
  const { state } = session;
  lines.push('', `completed: ${state.completed.length > 0 ? state.completed.join(', ') : 'none'}; outcome: ${state.outcome ?? 'none'}; status: ${state.status ?? 'none'}`);
  return `${lines.join('\n')}\n`;
}

function what(event: SessionEvent): string {
  switch (event.type) {
    case 'answer':
      return `answer ${event.item} = ${JSON.stringify(event.value)}`;
    case 'complete_step':
      return `complete step ${event.step}, showing:`;
    case 'reopen_step':
      return `reopen step ${event.step}`;
    case 'set_outcome':
      return `set outcome ${event.outcome ?? '(none)'}`;
    case 'transition':
      return `transition ${event.name}: ${event.from ?? '(none)'} → ${event.to}`;
  }
}
