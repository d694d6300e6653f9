/**
 * Generated checklists for the formatter's and the converter's properties: a small AST-like model
 * (steps, items with options and nested conditions, declarations, comments) printed to the text
 * form in an untidy layout (odd spacing, options shuffled, comments everywhere). Strings and
 * comments draw on the characters that break naive printers: quotes, `#`, `: `, brackets, leading
 * blanks, line breaks, Unicode, and words YAML reads as other types (`true`, `12`, `2024-01-31`).
 */
import fc from 'fast-check';

const PIECES = ['a', 'Z', ' ', '  ', '"', "'", '#', ' #', ': ', ':', '-', '[', ']', '{', '}', ',', '\\', '\n', '\t', 'é', '✓', '😀', 'true', 'null', '12', '0x1F', '2024-01-31', '*', '&', '!', '|', '>', '%', '@', '`', '?'];

/** A non-blank string (the checker wants labels and titles with text in them). */
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter((s) => s.trim() !== '');

/** A comment's text: anything on one line but a block comment's end. */
const commentText = fc.array(fc.constantFrom(...PIECES.filter((p) => p !== '\n' && p !== '\t')), { maxLength: 6 }).map((parts) => ` ${parts.join('')}`);

export type CommentKinds = 'line' | 'line-and-block';

const DATA = ['d.n number', 'd.flag boolean', 'd.s text', 'd.c choice("A", "B c", "#x")'];

const testCondition = fc.oneof(
  fc.integer({ min: -5, max: 200 }).map((n) => `d.n > ${n}`),
  fc.integer({ min: 0, max: 9 }).map((n) => `d.n <= ${n}.5`),
  fc.constant('d.flag'),
  fc.constant('d.s is empty'),
  fc.constant('d.s is not empty'),
  text.map((s) => `d.s == ${JSON.stringify(s)}`),
  fc.constantFrom('d.c in ["A", "#x"]', 'd.c not in ["B c"]', 'd.c != "A"'),
);

const condition: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    testCondition,
    fc.tuple(tie('cond'), tie('cond'), fc.constantFrom('and', 'or')).map(([a, b, op]) => `(${a}) ${op} (${b})`),
    tie('cond').map((c) => `not (${c})`),
  ),
})).cond;

interface GenItem {
  readonly head: string;
  readonly options: string[];
  readonly when?: string;
}

const item = (id: string): fc.Arbitrary<GenItem> =>
  fc
    .record({
      kind: fc.constantFrom('yes_no', 'checkbox', 'text', 'select', 'date', 'instructions'),
      label: text,
      required: fc.boolean(),
      maxLength: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
      choices: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
      when: fc.option(condition, { nil: undefined, freq: 2 }),
    })
    .map(({ kind, label, required, maxLength, choices, when }) => {
      if (kind === 'instructions') return { head: `instructions ${JSON.stringify(label)}`, options: [], ...(when && { when }) };
      const options = required && kind !== 'checkbox' ? ['required'] : [];
      if (kind === 'text' && maxLength !== undefined) options.push(`max_length ${maxLength}`);
      if (kind === 'select') options.push(`options [${choices.map((c) => JSON.stringify(c)).join(', ')}]`);
      return { head: `${kind} ${id} ${JSON.stringify(label)}`, options, ...(when && { when }) };
    });

const step = (s: number): fc.Arbitrary<{ id: string; title: string; description?: string; when?: string; items: GenItem[] }> =>
  fc
    .record({
      title: text,
      description: fc.option(text, { nil: undefined }),
      when: fc.option(condition, { nil: undefined, freq: 3 }),
      size: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ title, description, when, size }) =>
      fc.tuple(...Array.from({ length: size }, (_, i) => item(`i${s}_${i}`))).map((items) => ({
        id: `s${s}`,
        title,
        ...(description && { description }),
        ...(when && { when }),
        items,
      })),
    );

/** A checklist in the text form, untidy, with comments of the given kinds. */
export function checklistSource(kinds: CommentKinds): fc.Arbitrary<string> {
  const comment = kinds === 'line' ? commentText.map((t) => `//${t}`) : fc.oneof(commentText.map((t) => `//${t}`), commentText.map((t) => `/*${t} */`));
  const maybe = fc.option(comment, { nil: undefined, freq: 2 });
  return fc
    .record({
      title: text,
      version: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
      steps: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, s) => step(s)))),
      comments: fc.array(maybe, { minLength: 64, maxLength: 64 }),
      seed: fc.nat(),
    })
    .map(({ title, version, steps, comments, seed }) => {
      let next = 0;
      const c = (): string => comments[next++ % comments.length] ?? '';
      const own = (indent: string): string[] => {
        const found = c();
        return found === '' ? [] : [`${indent}${found}`];
      };
      const trail = (): string => {
        const found = c();
        return found === '' ? '' : ` ${found}`;
      };
      const lines = [...own(''), `checklist gen ${JSON.stringify(title)} {${trail()}`];
      if (version !== undefined) lines.push(`  version   ${version}${trail()}`);
      lines.push(...own('  '), '  data {', ...DATA.map((d) => `    ${d}${trail()}`), '  }');
      for (const s of steps) {
        lines.push('', ...own('  '), `  step ${s.id} ${JSON.stringify(s.title)}${s.when ? ` when ${s.when}` : ''} {${trail()}`);
        if (s.description) lines.push(`    description ${JSON.stringify(s.description)}${trail()}`);
        s.items.forEach((it, i) => {
          // Options in a shuffled order: fmt puts them back in the fixed one.
          const options = (seed + i) % 2 === 0 ? it.options : [...it.options].reverse();
          const when = it.when === undefined ? '' : ` when ${it.when}`;
          lines.push(...own('    '), `${(seed + i) % 3 === 0 ? '        ' : '    '}${it.head} ${options.join('  ')}${when}${trail()}`);
        });
        lines.push(...own('    '), '  }');
      }
      lines.push('}', ...own(''));
      return `${lines.join('\n')}\n`;
    });
}
