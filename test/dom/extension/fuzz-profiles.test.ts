/**
 * Fuzzing the import of site profiles (teach mode's JSON files): valid profiles damaged at random
 * (wrong types, missing fields, hostile keys, invalid CSS, Thai digits, zero-width characters,
 * nesting deeper than JSON.stringify can write, huge arrays) and plain garbage. The importer only
 * ever throws ProfileImportError, names the field path of each fault, never touches the profiles
 * it was given, and an accepted file loads back from storage as it was imported.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  importProfiles,
  PROFILES_FORMAT,
  ProfileImportError,
  type ProfileMap,
  profileFor,
} from '../../../extension/profiles/site-profiles';
import type { StorageArea } from '../../../extension/storage/area';
import { createPanelStore } from '../../../extension/storage/panel-store';
import {
  deepFreeze,
  fileText,
  harmlessArb,
  INVALID_CSS,
  type Json,
  type Mutation,
  mutationArb,
  profileListArb,
  SITES,
  type Splice,
} from './fuzz-arbitraries';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

type Container = 'export' | 'array' | 'single';

function wrap(list: Json[], container: Container): Json {
  if (container === 'single') return list[0]!;
  if (container === 'array') return list;
  return { format: PROFILES_FORMAT, version: 1, profiles: list };
}

function baseOf(container: Container, i: number): string {
  return container === 'single' ? '$' : container === 'array' ? `$[${i}]` : `$.profiles[${i}]`;
}

function under(base: string, path: string): string {
  return path ? `${base}.${path}` : base;
}

/** The import's outcome, failing the test on anything but success or a ProfileImportError. */
function attempt(text: string, before: ProfileMap): ReturnType<typeof importProfiles> | ProfileImportError {
  try {
    return importProfiles(text, before);
  } catch (e) {
    if (!(e instanceof ProfileImportError)) throw new Error(`uncaught ${String(e)}`, { cause: e });
    return e;
  }
}

function expectWellFormed(err: ProfileImportError): void {
  expect(err.problems.length).toBeGreaterThan(0);
  for (const p of err.problems) {
    expect(p.where).toMatch(/^\$/);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim()).not.toBe('');
    // A huge or deep value is quoted, not dumped into the panel.
    expect(p.message.length).toBeLessThan(400);
  }
  expect(err.message.length).toBeLessThan(60_000);
}

function mapOf(list: Json[]): ProfileMap {
  return Object.fromEntries(list.map((p) => [(p as { site: string }).site, p])) as unknown as ProfileMap;
}

/** Existing profiles, frozen: an importer that wrote into them would throw. */
const beforeArb = fc
  .oneof(fc.constant<Json[]>([]), profileListArb)
  .map((list) => deepFreeze(mapOf(list as Json[])));

/** A file of 1–3 profiles of which at least one is damaged, one fault each. */
const damagedFileArb = fc
  .tuple(profileListArb, fc.constantFrom<Container>('export', 'array', 'single'))
  .chain(([list, container]) => {
    const profiles = container === 'single' ? list.slice(0, 1) : list;
    const mutations = fc
      .nat({ max: profiles.length - 1 })
      .chain((forced) =>
        fc.tuple(
          ...profiles.map((p, i) =>
            i === forced ? mutationArb(p) : fc.option(mutationArb(p), { freq: 2, nil: null }),
          ),
        ),
      );
    return fc.tuple(fc.constant(profiles), fc.constant(container), mutations, fc.boolean());
  })
  .map(([profiles, container, mutations, pretty]) => {
    const splices: Splice[] = [];
    const copies = profiles.map((p, i) => {
      const q = structuredClone(p);
      mutations[i]?.apply(q, splices);
      return q;
    });
    return {
      container,
      mutations: mutations as (Mutation | null)[],
      text: fileText(wrap(copies, container), splices, pretty ? 2 : undefined),
    };
  });

beforeEach(() => fakeBrowser.reset());

describe('fuzz: importing site profiles', () => {
  it('refuses a damaged file with each fault at its field path, and changes nothing', () => {
    fc.assert(
      fc.property(beforeArb, damagedFileArb, (before, file) => {
        const snapshot = JSON.stringify(before);
        const r = attempt(file.text, before);
        if (!(r instanceof ProfileImportError)) {
          throw new Error(`accepted: ${file.mutations.map((m) => m?.label).join(' | ')}`);
        }
        expectWellFormed(r);
        const wheres = r.problems.map((p) => p.where);
        const damaged = file.mutations.flatMap((m, i) => (m ? [{ m, base: baseOf(file.container, i) }] : []));
        for (const { m, base } of damaged) {
          const at = under(base, m.expect);
          expect(
            wheres.some((w) => w.startsWith(at)),
            `${m.label}: expected a problem at ${at}, got ${wheres.join(', ')}`,
          ).toBe(true);
        }
        // Nothing is blamed on a profile that was not damaged (past 100 problems, a count closes the list).
        const summary = (p: { where: string; message: string }) =>
          p.where === '$' && /อีก \d+ จุด/.test(p.message);
        for (const w of r.problems.filter((p) => !summary(p)).map((p) => p.where)) {
          expect(
            damaged.some(({ base }) => w === base || w.startsWith(`${base}.`) || w.startsWith(`${base}[`)),
            w,
          ).toBe(true);
        }
        expect(JSON.stringify(before)).toBe(snapshot);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('accepts valid files (Thai names, zero-width in free text, optional fields left out) and merges them whole', () => {
    fc.assert(
      fc.property(
        beforeArb,
        profileListArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.tuple(...list.map((p) => harmlessArb(p)))),
        ),
        fc.constantFrom<Container>('export', 'array'),
        fc.boolean(),
        (before, [list, changes], container, bom) => {
          const copies = list.map((p, i) => {
            const q = structuredClone(p);
            changes[i]!(q);
            return q;
          });
          const snapshot = JSON.stringify(before);
          const text = `${bom ? '\uFEFF' : ''}${fileText(wrap(copies, container), [])}`;
          const r = importProfiles(text, before);
          expect(r.added).toEqual(copies.map((p) => (p as { site: string }).site));
          for (const p of copies) expect(r.profiles[(p as { site: string }).site]).toEqual(p);
          for (const [site, p] of Object.entries(before))
            if (!r.added.includes(site)) expect(r.profiles[site]).toBe(p);
          expect(Object.keys(r.profiles).sort()).toEqual(
            [...new Set([...Object.keys(before), ...r.added])].sort(),
          );
          expect(JSON.stringify(before)).toBe(snapshot);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('refuses garbage (any JSON value, any text, a cut-off file) with a located problem', () => {
    const cut = profileListArb.chain((list) =>
      fc.nat().map((n) => {
        const text = JSON.stringify({ format: PROFILES_FORMAT, version: 1, profiles: list });
        return text.slice(0, n % text.length);
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ unit: 'binary' }),
          cut,
        ),
        beforeArb,
        (text, before) => {
          const snapshot = JSON.stringify(before);
          const r = attempt(text, before);
          expect(r).toBeInstanceOf(ProfileImportError);
          expectWellFormed(r as ProfileImportError);
          expect(JSON.stringify(before)).toBe(snapshot);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('through the panel store: a refused file leaves storage as it was; an accepted one loads back unchanged', async () => {
    const area = () => fakeBrowser.storage.local as unknown as StorageArea;
    await fc.assert(
      fc.asyncProperty(
        beforeArb,
        fc.oneof(
          damagedFileArb.map((f) => f.text),
          profileListArb.map((l) => JSON.stringify(l)),
        ),
        async (before, text) => {
          fakeBrowser.reset();
          const store = createPanelStore(area());
          await store.load();
          await store.saveProfiles(before);
          const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
          const loaded = await createPanelStore(area()).load();
          const r = attempt(text, loaded.profiles);
          if (r instanceof ProfileImportError) {
            expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(stored);
            return;
          }
          await store.saveProfiles(r.profiles);
          const again = await createPanelStore(area()).load();
          expect(again.problems).toEqual([]);
          expect(again.profiles).toEqual(r.profiles);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('fuzz: finding the profile of a page', () => {
  it('never throws, and returns only a profile whose site covers the page', () => {
    const urlArb = fc.oneof(
      fc.webUrl(),
      fc.constantFrom(
        ...SITES.map((s) => (s.includes('://') ? `${s}/form` : `https://${s.replace('*.', 'hr.')}/x`)),
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(beforeArb, urlArb, (profiles, url) => {
        const p = profileFor(profiles, url);
        if (!p) return;
        expect(Object.values(profiles)).toContain(p);
        const host = new URL(url).hostname;
        const site = p.site
          .replace(/^\*\./, '')
          .replace(/^https?:\/\//, '')
          .replace(/:\d+$/, '');
        expect(host === site || host.endsWith(`.${site}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('importing site profiles: sizes and shapes past the ordinary', () => {
  const field = (i: number) => ({ selector: `#q${i}`, competency: 'ACH', control: 'text' });
  const one = (fields: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 1, site: 'https://dpis.example.go.th', fields, ...extra });
  const problemsOf = (text: string) => {
    const r = attempt(text, {});
    expect(r).toBeInstanceOf(ProfileImportError);
    expectWellFormed(r as ProfileImportError);
    return (r as ProfileImportError).problems;
  };

  it('finds the one bad field among thousands', () => {
    const fields: unknown[] = Array.from({ length: 4000 }, (_, i) => field(i));
    fields[2717] = { ...field(2717), competency: 'ACH\u200b' };
    expect(problemsOf(one(fields)).map((p) => p.where)).toEqual(['$.fields[2717].competency']);
  });

  it('refuses a profile with more fields than any form has, without checking each', () => {
    expect(problemsOf(one(Array.from({ length: 6000 }, (_, i) => field(i))))).toEqual([
      { where: '$.fields', message: expect.stringContaining('6000') },
    ]);
  });

  it('lists a few problems per profile and at most 100 in all, then says how many more', () => {
    const bad = Array.from({ length: 3000 }, () => ({ selector: '[[[', competency: 'X' }));
    const problems = problemsOf(one(bad));
    expect(problems).toHaveLength(26);
    expect(problems[25]).toEqual({ where: '$', message: expect.stringMatching(/อีก \d+ จุด/) });
    const many = JSON.stringify(
      Array.from({ length: 8 }, (_, i) => ({
        version: 1,
        site: `https://s${i}.go.th`,
        fields: bad.slice(0, 30),
      })),
    );
    const listed = problemsOf(many);
    expect(listed).toHaveLength(101);
    // Each of the first damaged profiles shows up before the list is cut.
    for (const i of [0, 1, 2, 3]) expect(listed.some((p) => p.where.startsWith(`$[${i}]`))).toBe(true);
    expect(listed[100]).toEqual({ where: '$', message: expect.stringMatching(/อีก \d+ จุด/) });
  });

  it('quotes a huge wrong value briefly', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => i);
    const problems = problemsOf(one([{ ...field(0), competency: huge }]));
    expect(problems.map((p) => p.where)).toEqual(['$.fields[0].competency']);
  });

  it('survives nesting far deeper than JSON.stringify can write', () => {
    const depth = 500_000;
    expect(problemsOf(`${'['.repeat(depth)}${']'.repeat(depth)}`)[0]!.where).toMatch(/^\$\[0\]/);
    const deepSel = `{"selector":${'['.repeat(depth)}${']'.repeat(depth)},"competency":"ACH","control":"text"}`;
    const text = `{"version":1,"site":"https://a.go.th","fields":[${deepSel}]}`;
    expect(problemsOf(text)[0]!.where).toMatch(/^\$\.fields\[0\]\.selector/);
  });

  it('refuses a file too large to be a profile file before parsing it', () => {
    const text = one([field(0)], { name: 'ก'.repeat(11 * 1024 * 1024) });
    expect(problemsOf(text)).toEqual([{ where: '$', message: expect.stringContaining('ใหญ่เกินไป') }]);
  });

  it('names every invalid CSS selector (each refused by Chromium too)', () => {
    const fields = INVALID_CSS.map((s) => ({ selector: s, competency: 'TW', control: 'radio' }));
    const problems = problemsOf(one(fields, { rows: { selector: 'tr[', personCell: '>>' } }));
    expect(problems.map((p) => p.where)).toEqual([
      ...INVALID_CSS.map((_, i) => `$.fields[${i}].selector`),
      '$.rows.selector',
      '$.rows.personCell',
    ]);
  });

  it('treats prototype keys as unknown keys and pollutes nothing', () => {
    const text =
      '[{"version":1,"site":"https://a.go.th","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"fields":[{"selector":"#a","competency":"ACH","control":"text","__proto__":{"isAdmin":true}}]}]';
    expect(problemsOf(text).map((p) => p.where)).toEqual([
      '$[0].__proto__',
      '$[0].constructor',
      '$[0].fields[0].__proto__',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
