import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, missingCompetencies, parseAssessment } from '../../shared/interchange';

const dir = new URL('../fixtures/bad/', import.meta.url);
const expectations: Record<
  string,
  {
    rejected?: string[];
    accepted?: {
      people: number;
      names?: string[];
      ids?: string[];
      achievement?: number[];
      missing?: Record<string, string[]>;
    };
  }
> = JSON.parse(readFileSync(new URL('expectations.json', dir), 'utf8'));
const files = readdirSync(dir).filter((f) => /\.(json|csv)$/.test(f) && f !== 'expectations.json');

describe('the nasty-file corpus', () => {
  it('has at least 20 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s', (file) => {
    const want = expectations[file]!;
    const bytes = readFileSync(new URL(file, dir));
    let result: ReturnType<typeof parseAssessment> | undefined;
    let error: unknown;
    try {
      result = parseAssessment(bytes, file);
    } catch (e) {
      error = e;
    }
    if (want.rejected) {
      expect(result, 'nothing may be imported from a rejected file').toBeUndefined();
      expect(error).toBeInstanceOf(ImportError);
      const where = (error as ImportError).problems.map((p) => p.where);
      for (const place of want.rejected) expect(where).toContain(place);
      expect((error as ImportError).message.startsWith(`${file}:`)).toBe(true);
      for (const p of (error as ImportError).problems) expect(p.message.length).toBeGreaterThan(3);
    } else {
      expect(error).toBeUndefined();
      const a = want.accepted!;
      expect(result!.people).toHaveLength(a.people);
      if (a.names) expect(result!.people.map((p) => p.name)).toEqual(a.names);
      if (a.ids) expect(result!.people.map((p) => p.id)).toEqual(a.ids);
      if (a.achievement) expect(result!.people.map((p) => p.achievement)).toEqual(a.achievement);
      for (const [id, missing] of Object.entries(a.missing ?? {})) {
        expect(missingCompetencies(result!.people.find((p) => p.id === id)!)).toEqual(missing);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
