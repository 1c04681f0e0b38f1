/** The generated fixture pages are what the generator writes today, and windows-874 is really windows-874. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAssessment } from '../../../shared/interchange';
import { encodeCp874, FORMS_DIR, renderForms } from '../../fixtures/forms/generate';

test('people.json is a valid assessment (docs/interchange.md)', () => {
  const a = parseAssessment(readFileSync(join(FORMS_DIR, 'people.json')), 'people.json');
  expect(a.people).toHaveLength(31);
  expect(a.set).toBe('bma');
});

test("real/people.json (the real pages' people: evidence, self-assessment, a plan) is a valid assessment", () => {
  const a = parseAssessment(readFileSync(join(FORMS_DIR, 'real', 'people.json')), 'real/people.json');
  expect(a.people[0]).toMatchObject({ id: 'P002', self: { ACH: 2 }, plan: [{ competency: 'EXP' }] });
});

describe('generated fixture pages', () => {
  test.each([...renderForms().keys()])('%s is up to date (tsx test/fixtures/forms/generate.ts)', (name) => {
    const rendered = renderForms().get(name)!;
    expect(Buffer.compare(Buffer.from(rendered), readFileSync(join(FORMS_DIR, name)))).toBe(0);
  });
});

describe('encodeCp874', () => {
  test('every Thai character round-trips through windows-874', () => {
    let thai = '';
    for (let c = 0x0e01; c <= 0x0e5b; c++) if (c < 0x0e3b || c > 0x0e3e) thai += String.fromCharCode(c);
    const text = `ASCII <b>ok</b> ${thai} – … “quoted” \u00a0`;
    expect(new TextDecoder('windows-874').decode(encodeCp874(text))).toBe(text);
    expect(encodeCp874('ก')).toEqual(new Uint8Array([0xa1]));
  });

  test('refuses characters windows-874 cannot hold', () => {
    expect(() => encodeCp874('ระดับ ✓')).toThrow(/U\+2713/);
  });

  test('the legacy pages declare windows-874 and are not UTF-8', () => {
    for (const name of ['legacy-874.html', 'dpis-modal-frame.html']) {
      const bytes = readFileSync(join(FORMS_DIR, name));
      expect(bytes.toString('latin1')).toContain('<meta charset="windows-874">');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    }
  });
});
