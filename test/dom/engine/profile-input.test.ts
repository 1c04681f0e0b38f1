/**
 * Profiles from files and storage that are hostile or merely odd: values nested deeper than
 * JSON.stringify can write, values of megabytes, invisible text, and no document to parse selectors
 * with. validateProfile never throws and keeps every message short; fill refuses such a profile with
 * a FillInputError and touches nothing.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FillInputError, fill, validateProfile } from '../../../extension/engine';
import type { SiteProfile } from '../../../extension/profiles/types';
import { engineValidatorPaths, renderEngineValidator } from '../../../scripts/validator-source';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** A value nested `depth` levels deep, built without recursion. */
function deep(depth: number, array = false): unknown {
  let v: unknown = 'ก้นบึ้ง';
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

const HUGE = `${'ร'.repeat(3_000_000)}x`;

const good = (): Record<string, unknown> => ({
  version: 1,
  site: 'eval.example.go.th',
  fields: [{ selector: '#x', competency: 'ACH', control: 'text' }],
});

const person: Person = { id: 'P1', name: 'นาง ทดสอบ', competencies: { ACH: 2 } };

/** Every problem of a profile, failing the test if validation throws or accepts it. */
function problems(json: unknown): { where: string; message: string }[] {
  const r = validateProfile(json);
  if (r.ok) throw new Error('accepted a bad profile');
  return r.problems;
}

/** Runs fill expecting a FillInputError (and nothing else), returning it. */
function refused(input: unknown): FillInputError {
  try {
    fill(input as Parameters<typeof fill>[0]);
  } catch (e) {
    if (e instanceof FillInputError) return e;
    throw new Error(`fill threw ${String(e)} instead of FillInputError`, { cause: e });
  }
  throw new Error('fill accepted bad input');
}

const MESSAGE_MAX = 200;

describe('one validation mechanism: the JSON Schemas of input-schema.ts, compiled by ajv', () => {
  test('the checked-in validator is the compile of the schemas, with no eval or require() for pages', () => {
    const fresh = renderEngineValidator();
    expect(readFileSync(engineValidatorPaths().js, 'utf8')).toBe(fresh.js);
    expect(fresh.js).not.toMatch(/\brequire\(|new Function|eval\(/);
  });
});

describe('values nested deeper than JSON.stringify can write', () => {
  test.each([
    ['version', (v: unknown) => ({ ...good(), version: v })],
    [
      'fields[0].competency',
      (v: unknown) => ({ ...good(), fields: [{ selector: '#x', competency: v, control: 'text' }] }),
    ],
    [
      'fields[0].control',
      (v: unknown) => ({ ...good(), fields: [{ selector: '#x', competency: 'ACH', control: v }] }),
    ],
    [
      'fields[0].valueKind',
      (v: unknown) => ({
        ...good(),
        fields: [{ selector: '#x', competency: 'ACH', control: 'text', valueKind: v }],
      }),
    ],
  ])('%s: a problem with a short preview, no RangeError', (path, make) => {
    for (const v of [deep(5000), deep(5000, true)]) {
      const found = problems(make(v));
      expect(found.map((p) => p.where)).toEqual([path]);
      expect(found[0]!.message).toMatch(/^ต้องเป็น /);
      expect(found[0]!.message.length).toBeLessThan(MESSAGE_MAX);
    }
  });

  test('fill refuses such a profile cleanly and leaves the page as it was', () => {
    document.body.innerHTML = '<label>การมุ่งผลสัมฤทธิ์ <input id="x"></label>';
    const e = refused({ people: [person], profile: { ...good(), version: deep(6000) } });
    expect(e.problems.map((p) => p.where)).toEqual(['profile.version']);
    expect(e.message.length).toBeLessThan(MESSAGE_MAX * 2);
    expect((document.getElementById('x') as HTMLInputElement).value).toBe('');
  });

  test('and refuses a person whose level is such a value', () => {
    const e = refused({ people: [{ ...person, competencies: { ACH: deep(6000) } }] });
    expect(e.problems.map((p) => p.where)).toEqual(['people[0].competencies.ACH']);
    expect(e.message.length).toBeLessThan(MESSAGE_MAX * 2);
  });
});

describe('huge values are quoted as a short preview', () => {
  test.each([
    ['a string', HUGE],
    ['an array', Array.from({ length: 300_000 }, (_, i) => i)],
    ['an object', Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))],
  ])('%s as a competency, a control and a selector', (kind, v) => {
    const found = problems({ ...good(), fields: [{ selector: v, competency: v, control: v }] });
    // A long string is a valid selector (an element name); anything else is not text.
    expect(found.map((p) => p.where)).toEqual([
      ...(kind === 'a string' ? [] : ['fields[0].selector']),
      'fields[0].competency',
      'fields[0].control',
    ]);
    for (const p of found) expect(p.message.length).toBeLessThan(MESSAGE_MAX);
  });

  test('a string is shown by its beginning, cut', () => {
    const [p] = problems({ ...good(), version: HUGE });
    expect(p!.message).toContain('"รรรร');
    expect(p!.message).toContain('…');
  });

  test('a huge key is named by its beginning', () => {
    const found = problems({ ...good(), [`x${'ก'.repeat(1_000_000)}`]: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]!.where.length).toBeLessThan(MESSAGE_MAX);
    expect(found[0]!.where.startsWith('xกกก')).toBe(true);
  });

  test('an invalid selector of megabytes is quoted by its beginning', () => {
    const [p] = problems({
      ...good(),
      fields: [{ selector: `input[${HUGE}`, competency: 'ACH', control: 'text' }],
    });
    expect(p!.where).toBe('fields[0].selector');
    expect(p!.message).toMatch(/^ตัวเลือก CSS ไม่ถูกต้อง: "input\[ร/);
    expect(p!.message.length).toBeLessThan(MESSAGE_MAX);
  });

  test('thousands of faults make a FillInputError of a few lines, every fault still listed in problems', () => {
    const junk = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`extra${i}`, i]));
    const e = refused({ people: [person], profile: { ...good(), ...junk } });
    expect(e.problems).toHaveLength(20_000);
    expect(e.message.length).toBeLessThan(5_000);
    expect(e.message).toContain('20000');
    expect(e.message.startsWith('ข้อมูลสำหรับกรอกแบบฟอร์มไม่ถูกต้อง')).toBe(true);
  });
});

describe('any JSON-like value, anywhere in a profile', () => {
  const hostile = fc.oneof(
    fc.anything({ maxDepth: 4 }),
    fc.jsonValue({ maxDepth: 4 }),
    fc.integer({ min: 1000, max: 8000 }).map((n) => deep(n, n % 2 === 0)),
    fc.string({ unit: 'grapheme', minLength: 5000, maxLength: 20_000 }),
  );
  const slots = [
    'version',
    'site',
    'name',
    'fields',
    'rows',
    'extra',
    'f.selector',
    'f.competency',
    'f.control',
    'f.valueKind',
    'f.evaluatee',
    'f.extra',
    'r.selector',
    'r.personCell',
  ] as const;

  test('never throws; every message is short; fill only ever throws FillInputError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...slots), hostile, (slot, v) => {
        const profile = good();
        const field = { ...(profile.fields as object[])[0] } as Record<string, unknown>;
        const rows: Record<string, unknown> = { selector: 'tr' };
        if (slot.startsWith('f.')) field[slot.slice(2)] = v;
        else if (slot.startsWith('r.')) rows[slot.slice(2)] = v;
        else profile[slot] = v;
        profile.fields = slot === 'fields' ? v : [field];
        if (slot.startsWith('r.')) profile.rows = rows;
        const r = validateProfile(profile);
        if (!r.ok) {
          for (const p of r.problems) {
            expect(p.message.length).toBeLessThan(MESSAGE_MAX);
            expect(p.where.length).toBeLessThan(MESSAGE_MAX);
          }
        }
        try {
          fill({ people: [person], profile: profile as unknown as SiteProfile });
        } catch (e) {
          expect(e).toBeInstanceOf(FillInputError);
          expect((e as Error).message.length).toBeLessThan(5_000);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('text that only looks filled in', () => {
  test.each(['\u200b', '\u200b\u200c\u200d', ' \ufeff\u2060 ', '\u00ad'])('%j is empty', (blank) => {
    const found = problems({
      ...good(),
      site: blank,
      name: blank,
      fields: [{ selector: blank, competency: 'ACH', control: 'text', evaluatee: blank }],
      rows: { selector: blank, personCell: blank },
    });
    expect(found.map((p) => p.where)).toEqual([
      'site',
      'name',
      'fields[0].selector',
      'fields[0].evaluatee',
      'rows.selector',
      'rows.personCell',
    ]);
    for (const p of found) expect(p.message).toBe('ต้องเป็นข้อความที่ไม่ว่าง');
  });

  test('Thai text with zero-width characters inside is still text', () => {
    expect(validateProfile({ ...good(), name: '\u200bแบบ\u200bประเมิน' }).ok).toBe(true);
  });
});

describe('selectors are parsed by a document, not only by the global one', () => {
  const bad = (): SiteProfile =>
    ({ ...good(), fields: [{ selector: 'input[name=', competency: 'ACH', control: 'text' }] }) as SiteProfile;

  test('validateProfile takes the document to parse with', () => {
    const other = new Window().document as unknown as Document;
    vi.stubGlobal('document', undefined);
    expect(validateProfile(bad(), other)).toMatchObject({
      ok: false,
      problems: [{ where: 'fields[0].selector', message: expect.stringMatching(/^ตัวเลือก CSS ไม่ถูกต้อง/) }],
    });
    expect(validateProfile(good(), other).ok).toBe(true);
  });

  test('fill parses with the document it fills, even where there is no global document', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const input = doc.createElement('input');
    const label = doc.createElement('label');
    label.append('การมุ่งผลสัมฤทธิ์ ', input);
    doc.body.append(label);
    vi.stubGlobal('document', undefined);
    expect(() => fill({ people: [person], profile: bad() }, doc)).toThrow(FillInputError);
    expect(input.value).toBe('');
  });

  test('with no document at all, a selector is refused as unchecked, never passed unchecked', () => {
    vi.stubGlobal('document', undefined);
    const found = problems(good());
    expect(found).toEqual([
      { where: 'fields[0].selector', message: expect.stringMatching(/^ตรวจตัวเลือก CSS ไม่ได้/) },
    ]);
  });

  test('the background script, which has no document in Chrome, never loads the profile check', async () => {
    const root = join(__dirname, '..', '..', '..');
    const out = await build({
      entryPoints: [join(root, 'extension', 'entrypoints', 'background.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((f) => f.endsWith('background.ts'))).toBe(true);
    // Profiles are checked in the side panel and in the page; a service worker would refuse them all.
    expect(inputs.filter((f) => /extension\/(engine|profiles|storage)\//.test(f))).toEqual([]);
  });
});
