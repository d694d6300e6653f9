/**
 * A diff as a reviewer reads it: `text` (one line per change, the impact first, for a terminal
 * or a PR comment), `markdown` (a table with a summary line), `json` (SPEC §7.4's
 * `{ "changes": [...] }`, each change with its `reopens` and `drops` ids).
 */
import type { ChecklistIR, JsonValue } from '../ir/types.js';
import type { Change, DiffResult } from './model.js';
import type { SessionImpact } from './sessions.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

/** `sessions` (from `--sessions`, one entry per change) adds the sessions in flight each change affects. */
export function formatDiff(result: DiffResult, before: ChecklistIR, after: ChecklistIR, format: DiffFormat, sessions?: readonly SessionImpact[]): string {
  if (format === 'json') {
    const changes = sessions === undefined ? result.changes : result.changes.map((entry, index) => ({ ...entry, sessions: sessions[index] }));
    return `${JSON.stringify({ changes }, null, 2)}\n`;
  }
  const heading = `${before.checklist} v${before.version} → ${after.checklist} v${after.version}: ${summary(result.changes)}`;
  if (format === 'markdown') return markdown(heading, result.changes, sessions);
  const lines = result.changes.flatMap((entry, index) => {
    const affected = sessions?.[index];
    return [`  ${textLine(entry)}`, ...(affected === undefined ? [] : [`      sessions: ${sessionText(affected)}`])];
  });
  return `${[heading, ...lines].join('\n')}\n`;
}

function sessionText({ reopens, drops }: SessionImpact): string {
  const parts: string[] = [];
  if (drops.length > 0) parts.push(`drops answers of ${drops.join(', ')}`);
  if (reopens.length > 0) parts.push(`reopens ${reopens.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'none affected';
}

function summary(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no semantic change';
  const count = (impact: Change['impact']) => changes.filter((entry) => entry.impact === impact).length;
  const parts = [`${count('drops')} drop answers`, `${count('reopens')} reopen steps`, `${count('safe')} safe`];
  return `${changes.length} change${changes.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function what(entry: Change): string {
  return `${entry.target} ${entry.kind}${entry.detail === undefined ? '' : ` (${entry.detail})`}`;
}

function values(entry: Change): string {
  if (entry.before === undefined && entry.after === undefined) return '';
  if (entry.before === undefined) return show(entry.after);
  if (entry.after === undefined) return `was ${show(entry.before)}`;
  return `${show(entry.before)} → ${show(entry.after)}`;
}

function consequences(entry: Change): string {
  const parts: string[] = [];
  if (entry.drops.length > 0) parts.push(`drops answers of ${entry.drops.join(', ')}`);
  if (entry.reopens.length > 0) parts.push(`reopens ${entry.reopens.join(', ')}`);
  return parts.join('; ');
}

function textLine(entry: Change): string {
  const tail = [values(entry), consequences(entry)].filter((part) => part !== '').join('  — ');
  return `${entry.impact.padEnd(7)} ${what(entry).padEnd(28)} ${entry.id}${tail === '' ? '' : `: ${tail}`}`;
}

function markdown(heading: string, changes: readonly Change[], sessions?: readonly SessionImpact[]): string {
  const lines = [`**${cell(heading)}**`, ''];
  if (changes.length > 0) {
    const extra = sessions === undefined ? ['', ''] : [' sessions |', '---|'];
    lines.push(`| impact | change | id | before → after | cases in flight |${extra[0]}`, `|---|---|---|---|---|${extra[1]}`);
    changes.forEach((entry, index) => {
      const affected = sessions?.[index];
      const column = affected === undefined ? '' : ` ${cell(sessionText(affected))} |`;
      lines.push(`| ${entry.impact} | ${cell(what(entry))} | \`${cell(entry.id)}\` | ${cell(values(entry))} | ${cell(consequences(entry))} |${column}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** Table cells: no newline, no bare `|`. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

const MAX_SHOWN = 100;

function show(value: JsonValue | undefined): string {
  // Strings (titles, labels, condition text) as they read; other values as JSON.
  const text = typeof value === 'string' ? value.replace(/\s*\n\s*/g, ' ') : (JSON.stringify(value) ?? '');
  const chars = [...text];
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}
