import { compileSource, type CompileHost } from '../../src/compile.js';
import { formatSource, toYaml, type SourceForm } from '../../src/format/index.js';
import type { Comment } from '../../src/language/comments.js';
import { parseChecklistText } from '../../src/syntax/index.js';
import { yamlComments } from '../../src/format/yaml-comments.js';

/** fmt's output, failing the test when the source does not format. */
export function formatted(text: string, form: SourceForm = 'dsl', fileName = 'x.checklist', host?: CompileHost): string {
  const result = formatSource(text, { form, fileName, ...(host && { host }) });
  if (!result.ok) throw new Error(`does not format: ${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`);
  return result.text;
}

export function hashOf(text: string, fileName = 'x.checklist', host?: CompileHost): string | undefined {
  return compileSource(text, fileName, host).ir?.hash;
}

/** The texts of a text-form source's comments, sorted (markers aside, as fmt keeps them). */
export function commentTexts(text: string): string[] {
  return parseChecklistText(text, 'x.checklist').comments.map((c: Comment) => `${c.kind}:${c.text}`).sort();
}

/** The texts of a YAML source's `#` comments, sorted. */
export function yamlCommentTexts(text: string): string[] {
  return yamlComments(text).map((c: Comment) => c.text).sort();
}

/** A text-form source converted to YAML, failing the test when it does not convert. */
export function yamlOf(text: string, fileName = 'gen.checklist'): string {
  const result = toYaml(text, { form: 'dsl', fileName });
  if (!result.ok) throw new Error(`does not convert: ${JSON.stringify(result.diagnostics)}`);
  return result.text;
}
