// Types for scripts/gen-messages-doc.mjs, so its test is type-checked.
import type { CodeInfo } from '../src/diagnostics/codes.js';
import type { MessageDef } from '../src/diagnostics/template.js';

export const DOC: string;
export function messagesMarkdown(
  diagnostics: Readonly<Record<string, Pick<MessageDef, 'message' | 'hint'> & { readonly code: string }>>,
  hints: Readonly<Record<string, string>>,
  codes: Readonly<Record<string, Pick<CodeInfo, 'title'>>>,
): string;
export function withGenerated(page: string, generated: string): string;
