/**
 * Fuzzing what the panel finds in storage: arbitrary values under every key the extension uses,
 * in the current layout, in version 1's layout, with a garbage or newer version key, next to
 * earlier quarantined entries and keys of no one. Loading never throws; every value either lives
 * on in the current layout or sits under a quarantine key with its reason (nothing lost); valid
 * entries survive; a second load changes nothing; the panel opens. And a refused assessment
 * import, or a refused save, leaves the previous assessment as it was.
 */

import fc from 'fast-check';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkProfile } from '../../../extension/profiles/site-profiles';
import type { StorageArea } from '../../../extension/storage/area';
import { createPanelStore } from '../../../extension/storage/panel-store';
import {
  CURRENT_VERSION,
  KEYS,
  QUARANTINE_PREFIX,
  type QuarantinedEntry,
} from '../../../extension/storage/schema';
import { App } from '../../../extension/ui/App';
import { importAssessment } from '../../../extension/ui/AssessmentView';
import { parseAssessment } from '../../../shared/interchange';
import {
  assessmentArb,
  deepArb,
  HOSTILE_KEYS,
  type Json,
  type Key,
  mutationArb,
  profileArb,
  SITES,
  setAt,
} from './fuzz-arbitraries';

type Snapshot = Record<string, Json>;

const area = () => fakeBrowser.storage.local as unknown as StorageArea;
const stored = async () => (await fakeBrowser.storage.local.get(null)) as Snapshot;
const own = (o: object, k: string) => Object.hasOwn(o, k);
const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Values no part of the extension wrote: any JSON, and objects that break careless code. */
const garbageArb: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, weight: 4 },
  {
    arbitrary: fc.constantFrom<Json>(
      { toString: 1 },
      { valueOf: {}, toString: {} },
      JSON.parse('{"__proto__": {"polluted": 1}, "people": []}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
      '{"people": [',
      '๒',
      'ACH\u200b',
      -0,
      1e308,
      'ก'.repeat(20_000),
    ),
    weight: 1,
  },
  { arbitrary: deepArb.filter((t) => t.length < 1000).map((t) => JSON.parse(t) as Json), weight: 1 },
);

/** A site profile under a key: its own site (valid when the profile is), another site, a hostile key. */
const profileEntryArb: fc.Arbitrary<[string, Json]> = fc.oneof(
  { arbitrary: profileArb().map((p): [string, Json] => [p.site as string, p]), weight: 4 },
  {
    arbitrary: profileArb().chain((p) =>
      mutationArb(p).map((m): [string, Json] => {
        const q = structuredClone(p);
        m.apply(q, []);
        return [p.site as string, q];
      }),
    ),
    weight: 3,
  },
  {
    arbitrary: fc.tuple(fc.constantFrom(...SITES, ...HOSTILE_KEYS), profileArb()),
    weight: 1,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...SITES), garbageArb), weight: 2 },
);

const profilesArb: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.array(profileEntryArb, { maxLength: 4 }).map((es) => objectOf(es)), weight: 4 },
  { arbitrary: garbageArb, weight: 1 },
);

function objectOf(entries: [string, Json][]): Json {
  const o: Record<string, Json> = {};
  for (const [k, v] of entries) setAt(o, [k], v);
  return o;
}

/** An assessment that may be damaged at one path (wrong type, out of range, Thai digits, hostile key). */
const assessmentDataArb: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: assessmentArb, weight: 3 },
  {
    arbitrary: fc
      .tuple(
        assessmentArb,
        fc.constantFrom<Key[]>(
          ['set'],
          ['method'],
          ['people'],
          ['people', 0],
          ['people', 0, 'id'],
          ['people', 0, 'achievement'],
          ['people', 0, 'competencies'],
          ['people', 0, 'competencies', 'ACH'],
          ['people', 0, 'competencies', 'ING'],
          ['people', 0, '__proto__'],
          ['weights'],
        ),
        fc.oneof(garbageArb, fc.constantFrom<Json>(9, -1, '๓', '๑๐๐', 2.5, 'ACH', null, '\u200b', 'P001')),
      )
      .map(([a, path, v]) => {
        const q = structuredClone(a);
        setAt(q, path, v);
        return q;
      }),
    weight: 3,
  },
  { arbitrary: garbageArb, weight: 1 },
);

const settingsArb: fc.Arbitrary<Json> = fc.oneof(
  {
    arbitrary: fc
      .record(
        {
          csvSet: fc.oneof(fc.constantFrom('bma', 'ocsc'), garbageArb),
          csvMethod: fc.oneof(fc.constantFrom('gap', 'rating', 'bma-points'), garbageArb),
          overwrite: fc.oneof(fc.boolean(), garbageArb),
          theme: garbageArb,
        },
        { requiredKeys: [] },
      )
      .map((s) => s as Json),
    weight: 4,
  },
  { arbitrary: garbageArb, weight: 1 },
);

/** Entries set aside by an earlier load (well formed or not), and keys the extension never uses. */
const bystandersArb = fc.record(
  {
    [`${QUARANTINE_PREFIX}assessment:2025-01-01T00:00:00.000Z:0`]: fc.oneof(
      fc.constant<Json>({
        key: 'assessment',
        reason: 'เก่า',
        value: { x: 1 },
        at: '2025-01-01T00:00:00.000Z',
      }),
      garbageArb,
    ),
    otherExtensionData: garbageArb,
    ภาษา: garbageArb,
  },
  { requiredKeys: [] },
);

type Layout = 'current' | 'v1' | 'bad-version' | 'newer';

const snapshotArb: fc.Arbitrary<{ layout: Layout; data: Snapshot }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          assessment: fc.oneof(
            fc.record(
              {
                data: assessmentDataArb,
                fileName: fc.oneof(fc.constantFrom('ทีม ๑.json', 'team.csv'), garbageArb),
                savedAt: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), garbageArb),
              },
              { requiredKeys: ['data'] },
            ),
            garbageArb,
          ),
          profiles: profilesArb,
          settings: settingsArb,
          extra: bystandersArb,
        },
        { requiredKeys: ['extra'] },
      )
      .map(({ extra, ...d }) => ({
        layout: 'current' as const,
        data: { ...extra, ...(d as Snapshot), [KEYS.version]: CURRENT_VERSION },
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          assessment: assessmentDataArb,
          siteProfiles: fc.oneof(
            {
              arbitrary: fc.array(
                fc.oneof(
                  profileArb() as fc.Arbitrary<Json>,
                  profileEntryArb.map(([, p]) => p),
                  garbageArb,
                ),
                { maxLength: 4 },
              ) as fc.Arbitrary<Json>,
              weight: 4,
            },
            { arbitrary: garbageArb, weight: 1 },
          ),
          profiles: profilesArb,
          settings: settingsArb,
          explicit: fc.boolean(),
          extra: bystandersArb,
        },
        { requiredKeys: ['explicit', 'extra'] },
      )
      .map(({ explicit, extra, ...d }) => ({
        layout: 'v1' as const,
        data: { ...extra, ...(d as Snapshot), ...(explicit ? { [KEYS.version]: 1 } : {}) },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        version: fc.oneof(
          fc.constantFrom<Json>('2', 2.5, 0, -1, null, true, [2], { toString: 1 }, '๒', 'two'),
          garbageArb.filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1)),
        ),
        assessment: assessmentDataArb,
        profiles: profilesArb,
        extra: bystandersArb,
      })
      .map(({ version, extra, ...d }) => ({
        layout: 'bad-version' as const,
        data: { ...extra, ...(d as Snapshot), [KEYS.version]: version },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        version: fc.integer({ min: CURRENT_VERSION + 1, max: 1e6 }),
        assessment: garbageArb,
        profiles: profilesArb,
      })
      .map(({ version, ...d }) => ({
        layout: 'newer' as const,
        data: { ...(d as Snapshot), [KEYS.version]: version },
      })),
  },
);

function validAssessment(data: unknown): boolean {
  try {
    parseAssessment(JSON.stringify(data), 'x.json');
    return true;
  } catch {
    return false;
  }
}

function validProfile(p: unknown, key: string): boolean {
  try {
    return checkProfile(p).site === key;
  } catch {
    return false;
  }
}

function newEntries(before: Snapshot, after: Snapshot): [string, QuarantinedEntry][] {
  return Object.entries(after).filter(
    ([k]) => k.startsWith(QUARANTINE_PREFIX) && !own(before, k),
  ) as unknown as [string, QuarantinedEntry][];
}

/** Checks that `value`, once stored under `key`, either lives on where `live` says or was set aside. */
function accountFor(
  entries: [string, QuarantinedEntry][],
  used: Set<string>,
  keys: string[],
  value: Json,
  live: boolean,
  what: string,
): void {
  const found = entries.find(
    ([q, e]) =>
      !used.has(q) &&
      keys.includes(e.key) &&
      (same(e.value, value) || (isObject(e.value) && same(e.value.data, value))),
  );
  if (live) {
    expect(found, `${what} is valid and must not be set aside`).toBeUndefined();
    return;
  }
  expect(found, `${what} was dropped without a quarantined copy`).toBeDefined();
  used.add(found![0]);
  expect(found![1].reason.trim()).not.toBe('');
}

/** Which layout the stored data is in, by the rules of schema.ts (the fake drops null values on write). */
function layoutOf(before: Snapshot): Layout {
  const v = before[KEYS.version];
  if (v === undefined) return 'v1';
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return 'bad-version';
  return v === 1 ? 'v1' : v === CURRENT_VERSION ? 'current' : 'newer';
}

async function checkLoad(data: Snapshot): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(data);
  const before = await stored();
  const layout = layoutOf(before);
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  const store = createPanelStore(area());
  const state = await store.load();
  const after = await stored();
  const entries = newEntries(before, after);
  const used = new Set<string>();

  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  // Every problem that set something aside points at its copy, and each copy has a problem.
  const quarantinedAs = state.problems.flatMap((p) => (p.quarantinedAs ? [p.quarantinedAs] : []));
  expect(quarantinedAs.sort()).toEqual(entries.map(([k]) => k).sort());
  for (const p of state.problems) expect(p.message.trim()).not.toBe('');
  // Entries set aside by an earlier load are left alone.
  for (const [k, v] of Object.entries(before)) {
    if (k.startsWith(QUARANTINE_PREFIX)) expect(after[k], k).toEqual(v);
  }

  if (layout === 'newer') {
    expect(state.readOnly).toBe(true);
    expect(after).toEqual(before);
    await store.saveSettings({ overwrite: true });
    await store.saveAssessment(null, null);
    expect(await stored()).toEqual(before);
    return;
  }
  expect(state.readOnly).toBe(false);
  expect(after[KEYS.version]).toBe(CURRENT_VERSION);

  if (layout === 'bad-version') {
    for (const [k, v] of Object.entries(before)) {
      if (k.startsWith(QUARANTINE_PREFIX)) continue;
      accountFor(entries, used, [k], v, false, k);
      if (k !== KEYS.version) expect(own(after, k), k).toBe(false);
    }
    expect(state.assessment).toBeNull();
    expect(state.profiles).toEqual({});
  } else {
    for (const k of ['otherExtensionData', 'ภาษา'])
      if (own(before, k)) expect(after[k], k).toEqual(before[k]);

    // The assessment.
    if (own(before, KEYS.assessment)) {
      const a = before[KEYS.assessment]!;
      const wrapped =
        layout === 'v1'
          ? isObject(a) && Array.isArray(a.people)
            ? { data: a, fileName: null, savedAt: new Date(0).toISOString() }
            : null
          : a;
      const live = isObject(wrapped) && own(wrapped, 'data') && validAssessment(wrapped.data);
      accountFor(entries, used, [KEYS.assessment], a, live, 'assessment');
      if (live) {
        expect(after[KEYS.assessment]).toEqual(wrapped);
        expect(state.assessment?.data.people.length).toBe(
          (wrapped as { data: { people: Json[] } }).data.people.length,
        );
      } else {
        expect(own(after, KEYS.assessment)).toBe(false);
        expect(state.assessment).toBeNull();
      }
    } else expect(state.assessment).toBeNull();

    // Site profiles: version 1's list, or the current map. Each lands under its site and is then
    // checked there; version 1 entries without a site, or repeating one, are set aside as they were.
    const liveProfiles: Record<string, Json> = {};
    const placed: [string, Json][] = [];
    if (layout === 'v1') {
      if (own(before, KEYS.profiles))
        accountFor(
          entries,
          used,
          [KEYS.profiles],
          before[KEYS.profiles]!,
          false,
          'profiles in a version 1 layout',
        );
      if (own(before, 'siteProfiles')) {
        const list = before.siteProfiles!;
        if (!Array.isArray(list)) accountFor(entries, used, ['siteProfiles'], list, false, 'siteProfiles');
        else {
          const sites = new Set<string>();
          list.forEach((p, i) => {
            const site = isObject(p) && typeof p.site === 'string' && p.site !== '' ? p.site : null;
            if (site === null || sites.has(site))
              accountFor(entries, used, [`siteProfiles[${i}]`], p, false, `siteProfiles[${i}]`);
            else {
              sites.add(site);
              placed.push([site, p]);
            }
          });
        }
      }
      expect(own(after, 'siteProfiles')).toBe(false);
    } else if (own(before, KEYS.profiles)) {
      const map = before[KEYS.profiles]!;
      if (!isObject(map)) accountFor(entries, used, [KEYS.profiles], map, false, 'profiles');
      else placed.push(...Object.entries(map));
    }
    for (const [site, p] of placed) {
      const live = validProfile(p, site);
      accountFor(entries, used, [`${KEYS.profiles}.${site}`], p, live, `profile under ${site}`);
      if (live) setAt(liveProfiles, [site], p);
    }
    expect(after[KEYS.profiles] ?? {}).toEqual(liveProfiles);
    expect(Object.keys(state.profiles).sort()).toEqual(Object.keys(liveProfiles).sort());

    // Settings, field by field.
    if (own(before, KEYS.settings)) {
      const s = before[KEYS.settings]!;
      if (!isObject(s)) {
        accountFor(entries, used, [KEYS.settings], s, false, 'settings');
        expect(state.settings).toEqual({});
      } else {
        const valid: Record<string, Json> = {};
        for (const [f, v] of Object.entries(s)) {
          const ok =
            (f === 'csvSet' && (v === 'bma' || v === 'ocsc')) ||
            (f === 'csvMethod' && (v === 'gap' || v === 'rating' || v === 'bma-points')) ||
            (f === 'overwrite' && typeof v === 'boolean');
          accountFor(entries, used, [`${KEYS.settings}.${f}`], v, ok, `settings.${f}`);
          if (ok) valid[f] = v;
        }
        expect(state.settings).toEqual(valid);
        expect(after[KEYS.settings]).toEqual(valid);
      }
    }
  }
  // Nothing was set aside that the checks above did not account for.
  expect(entries.filter(([q]) => !used.has(q)).map(([, e]) => e.key)).toEqual([]);

  // A second load finds a clean layout and changes nothing.
  const settled = JSON.stringify(await stored());
  const again = await createPanelStore(area()).load();
  expect(again.problems).toEqual([]);
  expect(JSON.stringify(await stored())).toBe(settled);
  // And the store saves again; the quarantined copies are all listed.
  await store.saveSettings({ ...state.settings, overwrite: true });
  expect((await createPanelStore(area()).load()).settings.overwrite).toBe(true);
  expect((await store.quarantined()).length).toBe(
    Object.keys(await stored()).filter((k) => k.startsWith(QUARANTINE_PREFIX)).length,
  );
}

beforeEach(() => fakeBrowser.reset());

describe('fuzz: loading stored data', () => {
  it('never throws, sets aside each unreadable entry with its reason, keeps every valid one', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, ({ data }) => checkLoad(data)),
      { numRuns: 400 },
    );
  }, 60_000);

  it('opens the panel over any of it', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    try {
      await fc.assert(
        fc.asyncProperty(snapshotArb, async ({ data }) => {
          // What this load will report, found on a copy first.
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set(data);
          const { problems } = await createPanelStore(area()).load();
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set(data);
          const props = {
            store: createPanelStore(area()),
            findTarget: async () => null,
            watch: () => () => undefined,
          };
          await act(() => render(h(App, props), root));
          await act(async () => new Promise((r) => setTimeout(r, 0)));
          expect(root.querySelector('h1')?.textContent).toContain('สมรรถนะ');
          expect(root.querySelectorAll('nav button').length).toBe(4);
          expect(root.textContent).not.toContain('กำลังโหลด');
          const alert = root.querySelector('[role=alert]');
          if (problems.length === 0) expect(alert).toBeNull();
          else for (const p of problems) expect(alert?.textContent).toContain(p.message);
          render(null, root);
        }),
        { numRuns: 25 },
      );
    } finally {
      render(null, root);
    }
  }, 60_000);
});

/** A file the person picks: a damaged or valid assessment as JSON, CSV text, deep nesting, or noise. */
const importFileArb = fc.oneof(
  // `raw` is also handed straight to saveAssessment (where null means "remove", so it is left out).
  assessmentDataArb.map((a) => ({
    name: 'ทีม.json',
    text: JSON.stringify(a),
    raw: a === null ? undefined : a,
  })),
  deepArb.map((text) => ({ name: 'ลึก.json', text, raw: undefined })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ name: 'สุ่ม.json', text, raw: undefined })),
  fc
    .tuple(
      fc.constantFrom('id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW', 'รหัส,ชื่อ', ''),
      fc.array(
        fc.array(
          fc.oneof(
            fc.constantFrom('P1', 'ก ข', 'วิชาการ', 'ชำนาญการ', '๘๐', '3', '๙', '=1+1', '"', '\u200b'),
            fc.string(),
          ),
          {
            maxLength: 11,
          },
        ),
        { maxLength: 4 },
      ),
    )
    .map(([head, rows]) => ({
      name: 'ทีม.csv',
      text: [head, ...rows.map((r) => r.join(','))].join('\r\n'),
      raw: undefined,
    })),
);

describe('fuzz: importing an assessment over a saved one', () => {
  it('a refused file, or a refused save, leaves the saved assessment as it was', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArb, importFileArb, async (previous, file) => {
        fakeBrowser.reset();
        const store = createPanelStore(area());
        await store.load();
        const prev = parseAssessment(JSON.stringify(previous), 'เดิม.json');
        await store.saveAssessment(prev, 'เดิม.json');
        const saved = JSON.stringify(await stored());

        const r = importAssessment(new TextEncoder().encode(file.text), file.name, { csvSet: 'ocsc' });
        if ('problems' in r) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.where.trim()).not.toBe('');
            expect(p.message.trim()).not.toBe('');
          }
        } else {
          await store.saveAssessment(r.assessment, file.name);
          const back = await createPanelStore(area()).load();
          expect(back.problems).toEqual([]);
          expect(back.assessment?.fileName).toBe(file.name);
          expect(JSON.stringify(back.assessment?.data)).toBe(JSON.stringify(r.assessment));
          return;
        }
        // The same content handed straight to the store is refused too, and nothing is written.
        if (file.raw !== undefined) {
          const valid = validAssessment(file.raw);
          const save = store.saveAssessment(file.raw as never, file.name);
          if (valid) await save;
          else await expect(save).rejects.toThrow();
        }
        if (file.raw === undefined || !validAssessment(file.raw)) {
          expect(JSON.stringify(await stored())).toBe(saved);
          const back = await createPanelStore(area()).load();
          expect(back.problems).toEqual([]);
          expect(back.assessment?.fileName).toBe('เดิม.json');
          expect(JSON.stringify(back.assessment?.data)).toBe(JSON.stringify(prev));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
