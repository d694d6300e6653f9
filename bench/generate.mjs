// The benchmark's generated checklists (bench/eval.bench.mjs, bench/profile-eval.mjs): a checklist
// IR of N items with realistic conditions, the same conditions as hand-written JS source, case
// records and answers. Deterministic: the same seed gives the same checklist.

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ['dispute', 'account', 'consumer', 'address', 'employment', 'credit', 'payment', 'fraud', 'bureau', 'review'];
const FIELD_KINDS = ['number', 'choice', 'text', 'boolean', 'date', 'number', 'choice', 'list', 'number', 'text'];
const CHOICES = ['A', 'B', 'C', 'D', 'E', 'F'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'omega'];

/** ~50 case fields, `group.field_n`, five per group. */
function caseFields() {
  const fields = [];
  GROUPS.forEach((group, g) => {
    for (let f = 0; f < 5; f++) fields.push({ path: `${group}.field_${f}`, type: FIELD_KINDS[(g + f) % FIELD_KINDS.length] });
  });
  return fields;
}

const ITEM_KINDS = [
  { type: 'yes_no', valueType: 'boolean' },
  { type: 'checkbox', valueType: 'boolean' },
  { type: 'select', valueType: 'choice' },
  { type: 'text', valueType: 'text' },
  { type: 'date', valueType: 'date' },
];

function randomValue(random, type) {
  switch (type) {
    case 'number': return Math.round(random() * 2000) - 200;
    case 'choice': return CHOICES[Math.floor(random() * CHOICES.length)];
    case 'text': return random() < 0.15 ? '' : WORDS[Math.floor(random() * WORDS.length)];
    case 'boolean': return random() < 0.5;
    case 'date': return `202${Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    case 'list': return WORDS.filter(() => random() < 0.4);
  }
}

/**
 * A random source test on `ref` (`{ path, type }`), as three things: the JsonLogic of
 * docs/ir.md's lowering, and the JS a person would write for it (reading through `d`).
 */
function randomTest(random, ref) {
  const V = { var: ref.path };
  const js = jsRead(ref.path);
  const pick = (options) => options[Math.floor(random() * options.length)];
  const guarded = (op, k) => ({ logic: { and: [{ '!=': [V, null] }, { [op]: [V, k] }] }, js: `(${js} != null && ${js} ${op} ${JSON.stringify(k)})` });
  switch (ref.type) {
    case 'boolean':
      return pick([
        { logic: { '!!': [V] }, js: `(${js} === true)` },
        { logic: { '!': [{ '!!': [V] }] }, js: `(${js} !== true)`, advanced: true },
        { logic: { '===': [V, false] }, js: `(${js} === false)` },
      ]);
    case 'number': {
      const k = Math.round(random() * 1500);
      return pick([
        guarded(pick(['<', '<=', '>', '>=']), k),
        guarded(pick(['<', '>']), k),
        { logic: { '!==': [V, k] }, js: `(${js} !== ${k})` },
        { logic: emptyLogic(V), js: `(${js} == null)` },
      ]);
    }
    case 'choice': {
      const list = CHOICES.filter(() => random() < 0.4);
      const k = pick(CHOICES);
      return pick([
        { logic: { '===': [V, k] }, js: `(${js} === ${JSON.stringify(k)})` },
        { logic: { in: [V, list] }, js: `(${jsAnyOf(js, list)})` },
        { logic: { '!': [{ in: [V, list] }] }, js: `!(${jsAnyOf(js, list)})` },
      ]);
    }
    case 'text': {
      const k = pick(WORDS);
      return pick([
        { logic: { '===': [V, k] }, js: `(${js} === ${JSON.stringify(k)})` },
        { logic: { '!==': [V, k] }, js: `(${js} !== ${JSON.stringify(k)})` },
        { logic: { '!': [emptyLogic(V)] }, js: `!(${js} == null || ${js} === "")` },
      ]);
    }
    case 'date':
      return guarded(pick(['<', '>=']), `202${Math.floor(random() * 5)}-06-15`);
    case 'list': {
      const k = pick(WORDS);
      return pick([
        { logic: { in: [k, V] }, js: `(${js} != null && ${js}.includes(${JSON.stringify(k)}))` },
        { logic: emptyLogic(V), js: `(${js} == null || ${js}.length === 0)` },
      ]);
    }
  }
  throw new Error(`no test for ${ref.type}`);
}

function emptyLogic(V) {
  return { and: [{ '!': [V] }, { '!==': [V, false] }, { '!==': [V, 0] }] };
}

function jsAnyOf(js, list) {
  return list.length === 0 ? 'false' : list.map((value) => `${js} === ${JSON.stringify(value)}`).join(' || ');
}

/** `case.account.balance` → `d.case.account?.balance`: what a person writes against typed data. */
function jsRead(varPath) {
  const [root, ...rest] = varPath.split('.');
  return rest.length === 0 ? `d.${root}` : `d.${root}.${rest.join('?.')}`;
}

/** 1–5 tests combined by and/or/not, up to two levels deep (flattened like the emitter). */
function randomCondition(random, refs, depth = 0) {
  const width = 1 + Math.floor(random() * (depth === 0 ? 4 : 3));
  if (width === 1 || depth >= 2) return randomTest(random, refs[Math.floor(random() * refs.length)]);
  const join = random() < 0.6 ? 'and' : 'or';
  const parts = Array.from({ length: width }, () => randomCondition(random, refs, depth + 1));
  const flat = parts.flatMap((part) => (part.join === join ? part.logic[join].map((logic, i) => ({ logic, js: part.parts[i].js })) : [part]));
  const condition = { join, logic: { [join]: flat.map((part) => part.logic) }, js: `(${flat.map((part) => part.js).join(join === 'and' ? ' && ' : ' || ')})`, parts: flat };
  if (random() < 0.15) return { logic: { '!': [condition.logic] }, js: `!${condition.js}`, advanced: true };
  return condition;
}

function depsOf(logic, found = new Set()) {
  if (Array.isArray(logic)) logic.forEach((element) => depsOf(element, found));
  else if (logic && typeof logic === 'object') {
    for (const [op, args] of Object.entries(logic)) {
      if (op === 'var') found.add(Array.isArray(args) ? args[0] : args);
      else depsOf(args, found);
    }
  }
  return found;
}

function caseSchemaOf(fields) {
  const properties = {};
  for (const field of fields) {
    const [group, name] = field.path.split('.');
    properties[group] ??= { type: 'object', properties: {} };
    properties[group].properties[name] =
      field.type === 'choice' ? { type: 'string', enum: CHOICES }
      : field.type === 'date' ? { type: 'string', format: 'date' }
      : field.type === 'list' ? { type: 'array' }
      : field.type === 'text' ? { type: 'string' }
      : { type: field.type };
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties };
}

/** The IR, the conditions (JsonLogic + JS source) in document order, case records and a state. */
export function generate(itemCount, { records: recordCount = 20, seed = 42 } = {}) {
  const random = prng(seed + itemCount);
  const fields = caseFields();
  const refs = fields.map((field) => ({ path: `case.${field.path}`, type: field.type }));
  const itemsPerStep = 10;
  const steps = [];
  const conditions = [];
  const items = [];
  for (let s = 0; s < itemCount / itemsPerStep; s++) {
    const stepItems = [];
    for (let i = 0; i < itemsPerStep; i++) {
      const index = s * itemsPerStep + i;
      const kind = ITEM_KINDS[index % ITEM_KINDS.length];
      const id = `q${index}`;
      const item = { id, type: kind.type, required: random() < 0.5, label: `Question ${index}` };
      if (kind.type === 'select') Object.assign(item, { options: CHOICES, multiple: false });
      // Conditions read case data and earlier answers (never forward: CW013).
      if (index > 0 && random() < 0.8) {
        const condition = randomCondition(random, [...refs, ...refs, ...items.slice(-40)]);
        const whenMode = condition.join || condition.advanced ? 'advanced' : 'basic';
        Object.assign(item, { when: condition.logic, whenMode, deps: [...depsOf(condition.logic)].sort() });
        conditions.push(condition);
      }
      stepItems.push(item);
      items.push({ path: `responses.${id}`, type: kind.valueType, id });
    }
    steps.push({ id: `s${s}`, title: `Step ${s}`, items: stepItems });
  }
  const ir = {
    irVersion: 1,
    checklist: `bench_${itemCount}`,
    title: 'Benchmark checklist',
    version: 1,
    hash: `sha256:${'0'.repeat(64)}`,
    ordering: 'free',
    caseSchema: caseSchemaOf(fields),
    steps,
    source: {},
  };
  const records = Array.from({ length: recordCount }, () => {
    const caseData = {};
    for (const field of fields) {
      if (random() < 0.1) continue; // some fields absent
      const [group, name] = field.path.split('.');
      (caseData[group] ??= {})[name] = randomValue(random, field.type);
    }
    const responses = {};
    for (const item of items) if (random() < 0.75) responses[item.id] = randomValue(random, item.type);
    return { case: caseData, responses, outcome: null, status: null };
  });
  return { ir, conditions, records };
}
