/**
 * Generators for the fuzz tests: valid site profiles and assessments, and mutations of them that a
 * damaged or hostile file could carry (wrong types, missing fields, hostile keys, invalid CSS, Thai
 * digits, zero-width characters, deep nesting, huge arrays), each with the field path where the
 * fault must be reported.
 */
import fc from 'fast-check';
import { COMPETENCY_CODES } from '../../../shared/dictionary/types';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Key = string | number;

/** Sites in canonical form: origins, hosts and host patterns, as teach mode and exports write them. */
export const SITES = [
  'https://dpis.example.go.th',
  'http://127.0.0.1:8080',
  'https://hr.bangkok.go.th',
  'https://xn--12c1fe0br.xn--o3cw4h',
  '*.bangkok.go.th',
  '*.moe.go.th',
  'eval.example.go.th',
  'intranet:8443',
] as const;

export const SELECTORS = [
  '#ach',
  'select[name="q_72"]',
  'tr:nth-child(2) input[type=radio]',
  'td > select',
  '.q input',
  'input[name^="comp"]',
  '#๑',
  'input[name=q_๑]',
  'table tr td:nth-of-type(3) input',
  'input:not([type=hidden])',
];

/**
 * Selectors that both Chromium and happy-dom refuse. (Some others split them: Chromium accepts
 * `[x` and `input[name="x]` by closing them at the end, and refuses `:foo`, `tr:nth-child(2n+)`,
 * `a::b::c` that happy-dom lets through; those are left out so the verdict is the browser's.)
 */
export const INVALID_CSS = [
  'td[[[',
  '[[[',
  'td:nth-child(',
  '#',
  'div >',
  'a[b=',
  ':not(',
  '}',
  '<script>',
  '..a',
  '#1abc',
  'a,,b',
  ':has(',
  'a)',
  '@media',
  '!',
  'a{}',
  '"',
  "'",
  'svg|a',
];

/** Keys that pollute prototypes when an importer copies objects carelessly, and near-miss typos. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'competancy',
  'ผู้รับการประเมิน',
  'selector\u200b',
];

const ZW = ['\u200b', '\u200c', '\u200d', '\ufeff'];
const thaiText = fc
  .array(fc.constantFrom(...'กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะาิีึืุูเแโใไ่้๊๋็์ ๐๑๒๓๔๕๖๗๘๙'), {
    minLength: 1,
    maxLength: 20,
  })
  .map((cs) => cs.join(''))
  .filter((s) => s.trim() !== '');

export const fieldArb = fc.record(
  {
    selector: fc.constantFrom(...SELECTORS),
    competency: fc.constantFrom(...COMPETENCY_CODES),
    control: fc.constantFrom('radio', 'select', 'text', 'checkbox'),
    evaluatee: fc.oneof(fc.constantFrom('P001', 'นางสาวสมศรี ใจดี', 'td.name'), thaiText),
    valueKind: fc.constantFrom('level', 'points'),
  },
  { requiredKeys: ['selector', 'competency', 'control'] },
);

export function profileArb(site: fc.Arbitrary<string> = fc.constantFrom(...SITES)) {
  return fc.record(
    {
      version: fc.constant(1),
      site,
      name: thaiText,
      fields: fc.array(fieldArb, { minLength: 1, maxLength: 5 }),
      rows: fc.record(
        {
          selector: fc.constantFrom('tbody tr', 'tr.person', 'table#grid > tbody > tr'),
          personCell: fc.constantFrom('td:first-child', '.name'),
        },
        { requiredKeys: ['selector'] },
      ),
    },
    { requiredKeys: ['version', 'site', 'fields'] },
  ) as fc.Arbitrary<Record<string, Json>>;
}

/** Several profiles with distinct sites (one file may not name a site twice). */
export const profileListArb = fc
  .uniqueArray(fc.constantFrom(...SITES), { minLength: 1, maxLength: 3 })
  .chain((sites) => fc.tuple(...sites.map((s) => profileArb(fc.constant(s)))));

export function pathText(keys: readonly Key[]): string {
  return keys.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k), '');
}

function parentOf(root: Json, keys: readonly Key[]): Record<string, Json> | Json[] | undefined {
  let v: Json | undefined = root;
  for (const k of keys.slice(0, -1)) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, Json>)[k as string];
  }
  return typeof v === 'object' && v !== null ? (v as Record<string, Json>) : undefined;
}

/** Sets an own property, also for "__proto__" (which plain assignment would turn into a prototype). */
export function setAt(root: Json, keys: readonly Key[], value: Json): void {
  const parent = parentOf(root, keys);
  const key = keys[keys.length - 1]!;
  if (parent)
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteAt(root: Json, keys: readonly Key[]): void {
  const parent = parentOf(root, keys);
  if (parent && !Array.isArray(parent)) delete parent[keys[keys.length - 1] as string];
}

/** Text placed instead of a marker string once the rest is serialised: values JSON.stringify could not write. */
export interface Splice {
  marker: string;
  text: string;
}

/** A change that makes a valid profile invalid, and where the problem must be reported. */
export interface Mutation {
  label: string;
  /** Path inside the profile that at least one reported problem must start with. */
  expect: string;
  apply(profile: Record<string, Json>, splices: Splice[]): void;
}

const wrongTypes: Json[] = [1, 0, -1.5, true, false, null, [], {}, ['ACH'], { a: 1 }];
const wrongText: Json[] = [...wrongTypes, '', '   ', '\t\n'];

/** Deeply nested arrays or objects, written as text (past JSON.stringify's own limit when deep). */
export const deepArb = fc
  .record({ depth: fc.constantFrom(40, 300, 6000, 60000), arrays: fc.boolean() })
  .map(({ depth, arrays }) =>
    arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Which leaves can be damaged, with values wrong for each. */
function leavesOf(p: Record<string, Json>): { keys: Key[]; bad: Json[]; required: boolean }[] {
  const fields = p.fields as Record<string, Json>[];
  const out: { keys: Key[]; bad: Json[]; required: boolean }[] = [
    { keys: ['version'], bad: ['1', '๑', 2, 0, 1.5, null, true, [], {}, [1]], required: true },
    {
      keys: ['site'],
      bad: [
        ...wrongText,
        'https://dpis\u200b.example.go.th',
        '\ufeffhttps://dpis.example.go.th',
        'https://dpis.example.go.th/kpi/form.php',
        'ftp://dpis.example.go.th',
        'javascript:alert(1)',
        '__proto__',
        'https://',
        '*.',
        'a b.go.th',
      ],
      required: true,
    },
    { keys: ['name'], bad: wrongText, required: false },
    { keys: ['fields'], bad: [[], {}, 'x', 1, null, true], required: true },
  ];
  fields.forEach((_, i) => {
    out.push({ keys: ['fields', i], bad: ['x', 1, null, [], true], required: true });
    out.push({ keys: ['fields', i, 'selector'], bad: [...INVALID_CSS, ...wrongText], required: true });
    out.push({
      keys: ['fields', i, 'competency'],
      bad: ['NOPE', 'ach', 'ACH\u200b', '\u200dACH', '\ufeffTW', 'การมุ่งผลสัมฤทธิ์', '๑', ...wrongTypes],
      required: true,
    });
    out.push({
      keys: ['fields', i, 'control'],
      bad: ['slider', 'Radio', 'radio\u200b', 'textarea', ...wrongTypes],
      required: true,
    });
    out.push({
      keys: ['fields', i, 'valueKind'],
      bad: ['level\u200b', 'pts', 'Level', ...wrongTypes],
      required: false,
    });
    out.push({ keys: ['fields', i, 'evaluatee'], bad: wrongText, required: false });
  });
  if (p.rows !== undefined) {
    out.push({ keys: ['rows'], bad: ['x', 1, [], null, true], required: false });
    out.push({ keys: ['rows', 'selector'], bad: [...INVALID_CSS, ...wrongText], required: true });
    out.push({ keys: ['rows', 'personCell'], bad: [...INVALID_CSS, ...wrongText], required: false });
  }
  return out;
}

/** One fault in a given profile: a wrong value, a missing field, an unknown or hostile key, deep nesting. */
export function mutationArb(p: Record<string, Json>): fc.Arbitrary<Mutation> {
  const leaves = leavesOf(p);
  const wrongValue = fc
    .constantFrom(...leaves)
    .chain((l) => fc.constantFrom(...l.bad).map((bad) => ({ l, bad })))
    .map(
      ({ l, bad }): Mutation => ({
        label: `${pathText(l.keys)} = ${JSON.stringify(bad)}`,
        expect: pathText(l.keys),
        apply: (q) => setAt(q, l.keys, structuredClone(bad)),
      }),
    );
  const deletable = leaves.filter((l) => l.required && typeof l.keys[l.keys.length - 1] === 'string');
  const missing = fc.constantFrom(...deletable).map(
    (l): Mutation => ({
      label: `without ${pathText(l.keys)}`,
      expect: pathText(l.keys),
      apply: (q) => deleteAt(q, l.keys),
    }),
  );
  const objects: Key[][] = [
    [],
    ...(p.fields as Json[]).map((_, i) => ['fields', i]),
    ...(p.rows ? [['rows']] : []),
  ];
  const unknownKey = fc
    .tuple(fc.constantFrom(...objects), fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 }))
    .map(
      ([at, key, value]): Mutation => ({
        label: `unknown key ${JSON.stringify(key)} at ${pathText(at) || '(profile)'}`,
        expect: pathText([...at, key]),
        apply: (q) => setAt(q, [...at, key], value as Json),
      }),
    );
  const deep = fc.tuple(fc.constantFrom(...leaves), deepArb, fc.nat()).map(
    ([l, text, n]): Mutation => ({
      label: `deep value (${text.length} characters) at ${pathText(l.keys)}`,
      expect: pathText(l.keys),
      apply: (q, splices) => {
        const marker = `@@deep-${n}-${splices.length}@@`;
        splices.push({ marker, text });
        setAt(q, l.keys, marker);
      },
    }),
  );
  const huge = fc.tuple(fc.constantFrom(...leaves), fc.constantFrom(2_000, 60_000), fc.boolean()).map(
    ([l, n, strings]): Mutation => ({
      label: `array of ${n} at ${pathText(l.keys)}`,
      expect: pathText(l.keys),
      apply: (q) =>
        setAt(
          q,
          l.keys,
          Array.from({ length: n }, (_, i) => (strings ? `#q${i}` : i)),
        ),
    }),
  );
  return fc.oneof(
    { arbitrary: wrongValue, weight: 5 },
    { arbitrary: missing, weight: 2 },
    { arbitrary: unknownKey, weight: 2 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: huge, weight: 1 },
  );
}

/** Changes that keep a profile valid: optional fields dropped, free text in Thai with Thai digits. */
export function harmlessArb(p: Record<string, Json>): fc.Arbitrary<(q: Record<string, Json>) => void> {
  const n = (p.fields as Json[]).length;
  return fc.oneof(
    fc.constant((q: Record<string, Json>) => deleteAt(q, ['name'])),
    fc.constant((q: Record<string, Json>) => deleteAt(q, ['rows'])),
    fc.tuple(fc.nat({ max: n - 1 }), fc.constantFrom('evaluatee', 'valueKind')).map(
      ([i, k]) =>
        (q: Record<string, Json>) =>
          deleteAt(q, ['fields', i, k]),
    ),
    fc.tuple(thaiText, fc.constantFrom(...ZW)).map(
      ([t, zw]) =>
        (q: Record<string, Json>) =>
          setAt(q, ['name'], `แบบประเมิน ${t}${zw} รอบ ๑/๒๕๖๙`),
    ),
  );
}

/** Serialises a file and puts the spliced texts in place of their markers. */
export function fileText(json: Json, splices: readonly Splice[], space?: number): string {
  let text = JSON.stringify(json, null, space);
  for (const s of splices) text = text.replace(JSON.stringify(s.marker), s.text);
  return text;
}

/** Freezes a value through and through, so an importer that mutates its input throws. */
export function deepFreeze<T>(v: T): T {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
      Object.freeze(x);
      stack.push(...Object.values(x));
    }
  }
  return v;
}

export const PERSON = {
  id: 'P001',
  name: 'นางสาวสมศรี ใจดี',
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  achievement: 80,
  competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
};

/** A valid assessment file (as version 1 stored it, and as the interchange format writes it). */
export const assessmentArb = fc
  .record({
    set: fc.constantFrom('bma', 'ocsc'),
    method: fc.constantFrom('gap', 'rating', 'bma-points'),
    people: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^P\d{3}$/),
        name: thaiText,
        achievement: fc.integer({ min: 0, max: 100 }),
        ach: fc.integer({ min: 1, max: 3 }),
        tw: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 4, selector: (p) => p.id },
    ),
  })
  .map(
    ({ set, method, people }) =>
      ({
        format: 'samatthana/assessment',
        version: 1,
        set,
        method,
        people: people.map((p) => ({
          ...PERSON,
          id: p.id,
          name: p.name,
          achievement: p.achievement,
          // Levels 1–3 suit every method (rating scores 1–5, gap and points take levels 0–5).
          competencies: { ...PERSON.competencies, ING: 1, ACH: p.ach, TW: p.tw },
        })),
      }) as Record<string, Json>,
  );
