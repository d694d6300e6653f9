/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * One working control per content type (SPEC §2.3), each built from the item and its current
 * response and able to read its response back. Controls never answer themselves: the item's
 * element listens for `input`/`change` and asks `read()`; buttons inside a control fire `change`.
 * `read()` gives null to clear the answer and undefined when the control holds nothing answerable
 * (JSON that does not parse in the generic control).
 */
import type { IrDecl, IrItem } from '../../ir/types.js';
import { h } from './dom.js';
import { renderMarkdownInto } from './markdown-dom.js';
import { display, field, getPath, isRecord, scalarOf, str, type Json } from './values.js';

export interface Control {
  readonly element: HTMLElement;
  read(): Json | null | undefined;
}

export interface ControlContext {
  readonly caseData: unknown;
  /** The checklist's `resolution` declarations: the findings a resolving item asks for. */
  readonly resolutionFields: readonly IrDecl[];
}

type AnyItem = IrItem | { readonly id: string; readonly type: string; readonly label?: string };

export function buildControl(item: AnyItem, value: unknown, context: ControlContext): Control | undefined {
  const it = item as IrItem;
  switch (item.type as string) {
    case 'instructions':
      return undefined;
    case 'checkbox': {
      const box = h('input', { type: 'checkbox', 'data-input': item.id, 'aria-label': it.type === 'checkbox' ? it.label : item.id, checked: value === true });
      return { element: box, read: () => box.checked };
    }
    case 'yes_no':
      return withInput(item.id, yesNo(value));
    case 'date': {
      const date = it as Extract<IrItem, { type: 'date' }>;
      return withInput(item.id, input('date', value, { min: date.min, max: date.max }));
    }
    case 'text': {
      const text = it as Extract<IrItem, { type: 'text' }>;
      return withInput(item.id, input('text', value, {}), limits(text.maxLength, text.pattern));
    }
    case 'text_area': {
      const area = it as Extract<IrItem, { type: 'text_area' }>;
      return withInput(item.id, textArea(value), limits(area.maxLength, undefined));
    }
    case 'select': {
      const select = it as Extract<IrItem, { type: 'select' }>;
      return withInput(item.id, choice(select.options, value, select.multiple));
    }
    case 'udf':
      return withInput(item.id, declControl((it as Extract<IrItem, { type: 'udf' }>).field, value));
    case 'review_files':
      return withInput(item.id, reviewFiles(item.id, getPath(context.caseData, (it as Extract<IrItem, { type: 'review_files' }>).source), value));
    case 'related_cases':
      return withInput(item.id, relatedCases(getPath(context.caseData, (it as Extract<IrItem, { type: 'related_cases' }>).source), value));
    case 'upload_files':
      return withInput(item.id, uploadFiles(value, (it as Extract<IrItem, { type: 'upload_files' }>).maxFiles));
    case 'data_compare':
      return withInput(item.id, dataCompare(it as Extract<IrItem, { type: 'data_compare' }>, context.caseData, value));
    case 'response_code': {
      const code = it as Extract<IrItem, { type: 'response_code' }>;
      return withInput(item.id, validated([['code', 'Response code', choiceOrText(code.codes, field(value, 'code'))]], value, findingsFor(code.allowCaseResolution, context, value)));
    }
    case 'aud_correction': {
      const aud = it as Extract<IrItem, { type: 'aud_correction' }>;
      const parts: Part[] = [
        ['indicator', 'AUD correction indicator', choiceOrText(aud.indicators, field(value, 'indicator'))],
        ['registration_id', 'Registration Id', input('text', field(value, 'registration_id'), {})],
        ['service_id', 'Service identifier', input('text', field(value, 'service_id'), {})],
      ];
      return withInput(item.id, validated(parts, value, findingsFor(aud.allowCaseResolution, context, value)));
    }
    case 'brr_response': {
      const brr = it as Extract<IrItem, { type: 'brr_response' }>;
      const evidence = brr.evidence === undefined ? listInput(field(value, 'supporting_evidence')) : choice(brr.evidence, field(value, 'supporting_evidence'), true);
      const parts: Part[] = [
        ['subscriber_codes', 'Subscriber codes (comma-separated)', listInput(field(value, 'subscriber_codes'))],
        ['supporting_evidence', 'Supporting evidence', evidence],
      ];
      return withInput(item.id, validated(parts, value, findingsFor(brr.allowCaseResolution, context, value)));
    }
    case 'associate_consumer':
      return withInput(item.id, borrowers(value, (it as Extract<IrItem, { type: 'associate_consumer' }>).borrowers));
    case 'signature':
      return withInput(item.id, record([['name', 'Full name', input('text', field(value, 'name'), {})], ['date', 'Date', input('date', field(value, 'date'), {})]], value));
    default:
      return withInput(item.id, rawJson(value));
  }
}

function withInput(id: string, control: Control, ...extra: (Node | undefined)[]): Control {
  control.element.setAttribute('data-input', id);
  if (extra.some((node) => node !== undefined)) return { element: h('div', { class: 'control', 'data-input': id }, [stripInput(control.element), ...extra]), read: control.read };
  return control;
}

/** The wrapper carries `data-input` when a hint sits beside the control. */
function stripInput(element: HTMLElement): HTMLElement {
  element.removeAttribute('data-input');
  return element;
}

function fire(element: HTMLElement): void {
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function limits(maxLength: number | undefined, pattern: string | undefined): Node | undefined {
  const parts = [maxLength === undefined ? '' : `at most ${maxLength} characters`, pattern === undefined ? '' : `pattern ${pattern}`].filter(Boolean);
  return parts.length === 0 ? undefined : h('small', { class: 'hint' }, [parts.join('; ')]);
}

function input(type: 'text' | 'date' | 'number', value: unknown, range: { min?: string | undefined; max?: string | undefined }): Control {
  const initial = typeof value === 'number' && type === 'number' ? String(value) : str(value);
  const element = h('input', { type, value: initial, min: range.min, max: range.max });
  element.value = initial;
  return {
    element,
    read: () => {
      if (element.value === '') return null;
      if (type !== 'number') return element.value;
      const number = Number(element.value);
      return Number.isFinite(number) ? number : null;
    },
  };
}

function textArea(value: unknown): Control {
  const element = h('textarea', { rows: '3' });
  element.value = str(value);
  return { element, read: () => (element.value === '' ? null : element.value) };
}

function yesNo(value: unknown): Control {
  let current: boolean | null = typeof value === 'boolean' ? value : null;
  const button = (answer: boolean): HTMLButtonElement => {
    const b = h('button', { type: 'button', 'data-value': String(answer), 'aria-pressed': String(current === answer) }, [answer ? 'Yes' : 'No']);
    b.addEventListener('click', () => {
      current = answer;
      for (const other of group.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === b));
      fire(group);
    });
    return b;
  };
  const group = h('div', { class: 'yes-no', role: 'group' });
  group.append(button(true), button(false));
  return { element: group, read: () => current };
}

function choice(options: readonly string[], value: unknown, multiple: boolean): Control {
  const chosen = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
  const select = h('select', { multiple, size: multiple ? String(Math.min(Math.max(options.length, 2), 6)) : undefined }, [
    multiple ? null : h('option', { value: '' }, ['— choose —']),
    ...options.map((option) => h('option', { value: option, selected: chosen.has(option) }, [option])),
  ]);
  return {
    element: select,
    read: () => {
      if (!multiple) return select.value === '' ? null : select.value;
      const values = [...select.selectedOptions].map((option) => option.value);
      return values.length === 0 ? null : values;
    },
  };
}

/** Omitted `codes`/`indicators` accept any non-empty string: a text input then. */
function choiceOrText(options: readonly string[] | undefined, value: unknown): Control {
  return options === undefined ? input('text', value, {}) : choice(options, value, false);
}

function listInput(value: unknown): Control {
  const initial = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : '';
  const element = h('input', { type: 'text', value: initial });
  element.value = initial;
  return {
    element,
    read: () => {
      const list = element.value.split(',').map((part) => part.trim()).filter((part) => part !== '');
      return list.length === 0 ? null : list;
    },
  };
}

/** A control for a declared field's type: a `udf` item and the findings of a resolving item. */
function declControl(decl: IrDecl, value: unknown): Control {
  switch (decl.type) {
    case 'number':
      return input('number', value, {});
    case 'date':
      return input('date', value, {});
    case 'boolean':
      return yesNo(value);
    case 'choice':
      return choice(decl.values ?? [], value, false);
    case 'list':
      return listInput(value);
    default:
      return input('text', value, {});
  }
}

type Part = readonly [key: string, label: string, control: Control];

/** Labelled parts read as one object; empty parts are left out, an all-empty record is no answer. */
function record(parts: readonly Part[], _value: unknown, extra: readonly Node[] = []): Control {
  const element = h('div', { class: 'record' }, [
    ...parts.map(([key, label, control]) => h('label', { 'data-part': key }, [h('span', {}, [label]), control.element])),
    ...extra,
  ]);
  return {
    element,
    read: () => {
      const out: Record<string, Json> = {};
      for (const [key, , control] of parts) {
        const part = control.read();
        if (part !== null && part !== undefined) out[key] = part;
      }
      return Object.keys(out).length === 0 ? null : out;
    },
  };
}

/** "Select, then validate": any change to the parts withdraws the validation. */
function validated(parts: readonly Part[], value: unknown, findings: Control | undefined): Control {
  let isValidated = field(value, 'validated') === true;
  const status = h('span', { class: 'validated', 'data-validated': String(isValidated) }, [isValidated ? 'Validated' : 'Not validated']);
  const button = h('button', { type: 'button', 'data-validate': '' }, ['Validate']);
  const show = (): void => {
    status.setAttribute('data-validated', String(isValidated));
    status.textContent = isValidated ? 'Validated' : 'Not validated';
  };
  const inner = record(findings === undefined ? parts : [...parts, ['findings', 'Findings', findings]], value, [h('div', { class: 'validate-row' }, [button, ' ', status])]);
  inner.element.addEventListener('input', () => {
    isValidated = false;
    show();
  });
  inner.element.addEventListener('change', (event) => {
    if (event.target === inner.element) return;
    isValidated = false;
    show();
  });
  button.addEventListener('click', () => {
    isValidated = true;
    show();
    fire(inner.element);
  });
  return {
    element: inner.element,
    read: () => {
      const fields = inner.read();
      return fields === null && !isValidated ? null : { ...(isRecord(fields) ? fields : {}), validated: isValidated };
    },
  };
}

function findingsFor(allowCaseResolution: boolean, context: ControlContext, value: unknown): Control | undefined {
  if (!allowCaseResolution || context.resolutionFields.length === 0) return undefined;
  const findings = field(value, 'findings');
  return record(context.resolutionFields.map((decl): Part => [decl.path, decl.label ?? decl.path, declControl(decl, field(findings, decl.path))]), findings);
}

function reviewFiles(id: string, files: unknown, value: unknown): Control {
  const list = Array.isArray(files) ? files.filter((file) => typeof field(file, 'id') === 'string') : [];
  const radios: [string, HTMLInputElement, HTMLInputElement][] = [];
  const rows = list.map((file, index) => {
    const fileId = field(file, 'id') as string;
    const mark = field(value, fileId);
    const radio = (choice: string): HTMLInputElement => h('input', { type: 'radio', name: `${id}-file-${index}`, value: choice, checked: mark === choice });
    const relevant = radio('relevant');
    const notRelevant = radio('not_relevant');
    radios.push([fileId, relevant, notRelevant]);
    return h('tr', { 'data-file': fileId }, [
      h('td', {}, [str(field(file, 'name')) || fileId]),
      h('td', {}, [h('label', {}, [relevant, ' relevant'])]),
      h('td', {}, [h('label', {}, [notRelevant, ' not relevant'])]),
    ]);
  });
  const body = rows.length > 0 ? rows : [h('tr', {}, [h('td', { colspan: '3' }, ['The case has no files.'])])];
  return {
    element: h('table', { class: 'files' }, [h('tbody', {}, body)]),
    read: () => {
      const out: Record<string, Json> = {};
      for (const [fileId, relevant, notRelevant] of radios) {
        if (relevant.checked) out[fileId] = 'relevant';
        else if (notRelevant.checked) out[fileId] = 'not_relevant';
      }
      return Object.keys(out).length === 0 ? null : out;
    },
  };
}

function relatedCases(rows: unknown, value: unknown): Control {
  const list = Array.isArray(rows) ? rows : [];
  const columns = [...new Set(list.flatMap((row) => (isRecord(row) ? Object.keys(row) : [])))];
  const head = columns.length > 0 ? columns : ['Case'];
  const body =
    list.length === 0
      ? [h('tr', {}, [h('td', { colspan: String(head.length), class: 'empty' }, ['No data available in table'])])]
      : list.map((row) => h('tr', {}, (columns.length > 0 ? columns : ['']).map((column) => h('td', {}, [display(column === '' ? row : field(row, column))]))));
  const box = h('input', { type: 'checkbox', checked: field(value, 'acknowledged') === true });
  return {
    element: h('div', { class: 'related' }, [
      h('table', {}, [h('thead', {}, [h('tr', {}, head.map((column) => h('th', {}, [column])))]), h('tbody', {}, body)]),
      h('label', {}, [box, ' I have reviewed the linked cases']),
    ]),
    read: () => (box.checked ? { acknowledged: true } : null),
  };
}

/** No real upload in a preview: each entry is a file name, given an id the session keeps. */
function uploadFiles(value: unknown, maxFiles: number): Control {
  const element = h('div', { class: 'uploads' });
  const list = h('ol', {});
  const entries: { id: string; name: HTMLInputElement }[] = [];
  let next = 1;
  const add = (id: string | undefined, name: string): void => {
    const entry = { id: id ?? `file-${next}`, name: h('input', { type: 'text', placeholder: 'file name', value: name }) };
    entry.name.value = name;
    next += 1;
    const remove = h('button', { type: 'button', 'data-remove-file': '' }, ['Remove']);
    const row = h('li', {}, [entry.name, ' ', remove]);
    remove.addEventListener('click', () => {
      entries.splice(entries.indexOf(entry), 1);
      row.remove();
      fire(element);
    });
    entries.push(entry);
    list.append(row);
  };
  for (const file of Array.isArray(value) ? value : []) {
    const id = field(file, 'id');
    if (typeof id === 'string') add(id, str(field(file, 'name')));
  }
  next = entries.length + 1;
  const addButton = h('button', { type: 'button', 'data-add-file': '' }, ['Add file']);
  addButton.addEventListener('click', () => {
    add(undefined, '');
    fire(element);
    entries[entries.length - 1]?.name.focus();
  });
  element.append(list, addButton, ' ', h('small', { class: 'hint' }, [`at most ${maxFiles} files`]));
  return {
    element,
    read: () => {
      const files = entries.filter((entry) => entry.name.value.trim() !== '').map((entry) => ({ id: entry.id, name: entry.name.value }));
      return files.length === 0 ? null : files;
    },
  };
}

function dataCompare(item: Extract<IrItem, { type: 'data_compare' }>, caseData: unknown, value: unknown): Control {
  const [left, right] = item.sources;
  const editable = item.mode === 'edit';
  const findings = new Map<string, { input: HTMLInputElement; chosen: Json | undefined }>();
  const rows = item.sections.flatMap((section) => [
    h('tr', { class: 'section' }, [h('th', { colspan: editable ? '4' : '3' }, [section.title])]),
    ...section.fields.map((path) => {
      const a = getPath(caseData, `${left}.${path}`);
      const b = getPath(caseData, `${right}.${path}`);
      const cells = [h('td', {}, [path]), h('td', {}, [display(a)]), h('td', {}, [display(b)])];
      if (item.verificationIndicators) cells[0]!.append(' ', h('span', { class: 'match', 'data-match': String(JSON.stringify(a) === JSON.stringify(b)) }, [JSON.stringify(a) === JSON.stringify(b) ? '=' : '≠']));
      if (editable) cells.push(findingCell(path, a, b, field(value, path)));
      return h('tr', { 'data-field': path }, cells);
    }),
  ]);
  function findingCell(path: string, a: unknown, b: unknown, initial: unknown): HTMLTableCellElement {
    const text = initial === undefined ? '' : typeof initial === 'string' ? initial : JSON.stringify(initial);
    const entry = { input: h('input', { type: 'text', value: text, 'aria-label': `Finding for ${path}` }), chosen: undefined as Json | undefined };
    entry.input.value = text;
    entry.input.addEventListener('input', () => (entry.chosen = undefined));
    findings.set(path, entry);
    const quick = (label: string, source: unknown): HTMLElement | null => {
      if (!item.quickSelection || source === undefined) return null;
      const button = h('button', { type: 'button', 'data-quick': label }, [label]);
      button.addEventListener('click', () => {
        entry.chosen = source as Json;
        entry.input.value = typeof source === 'string' ? source : JSON.stringify(source);
        fire(button);
      });
      return button;
    };
    return h('td', {}, [entry.input, quick(left, a), quick(right, b)]);
  }
  const head = [h('th', {}, ['Field']), h('th', {}, [left]), h('th', {}, [right]), editable ? h('th', {}, ['Findings']) : null];
  return {
    element: h('table', { class: 'compare' }, [h('thead', {}, [h('tr', {}, head)]), h('tbody', {}, rows)]),
    read: () => {
      const out: Record<string, Json> = {};
      for (const [path, entry] of findings) if (entry.input.value.trim() !== '') out[path] = entry.chosen ?? scalarOf(entry.input.value);
      return Object.keys(out).length === 0 ? null : out;
    },
  };
}

const BORROWER_PARTS = [
  ['name', 'Name', 'text'],
  ['ssn', 'SSN', 'text'],
  ['dob', 'Date of birth', 'date'],
  ['address', 'Address', 'text'],
] as const;

function borrowers(value: unknown, needed: number): Control {
  const element = h('div', { class: 'borrowers' });
  const forms: Control[] = [];
  const add = (initial: unknown): void => {
    const form = record(BORROWER_PARTS.map(([key, label, type]): Part => [key, label, input(type, field(initial, key), {})]), initial);
    const box = h('fieldset', { class: 'borrower' }, [h('legend', {}, [`Borrower ${forms.length + 1}`]), form.element]);
    forms.push(form);
    element.insertBefore(box, addButton);
  };
  const addButton = h('button', { type: 'button', 'data-add-borrower': '' }, ['Add borrower']);
  element.append(addButton);
  addButton.addEventListener('click', () => {
    add(undefined);
    fire(element);
  });
  const given = Array.isArray(value) ? value : [];
  for (let i = 0; i < Math.max(given.length, needed, 1); i += 1) add(given[i]);
  return {
    element,
    read: () => {
      const list = forms.map((form) => form.read()).filter((borrower): borrower is Json => borrower !== null && borrower !== undefined);
      return list.length === 0 ? null : list;
    },
  };
}

/** A content type this page does not know (a newer compiler): its response as JSON. */
function rawJson(value: unknown): Control {
  const element = h('div', { class: 'raw' });
  const area = h('textarea', { rows: '3', spellcheck: 'false', 'aria-label': 'Response (JSON)' });
  area.value = value === undefined ? '' : JSON.stringify(value);
  const error = h('small', { class: 'error', hidden: true });
  element.append(area, error);
  return {
    element,
    read: () => {
      if (area.value.trim() === '') return null;
      try {
        error.hidden = true;
        return JSON.parse(area.value) as Json;
      } catch (problem) {
        error.hidden = false;
        error.textContent = `not JSON: ${problem instanceof Error ? problem.message : String(problem)}`;
        return undefined;
      }
    },
  };
}

export function instructionsText(item: AnyItem): HTMLElement {
  const element = h('div', { class: 'instructions' });
  renderMarkdownInto(element, str((item as { text?: unknown }).text));
  return element;
}
