/**
 * Versioned storage: migration from data written by version 1, corrupt entries set aside under a
 * quarantine key (never lost, never crashing the panel), data from a newer version left alone.
 * Runs against wxt's in-memory fake of browser.storage.local.
 */

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageArea } from '../../../extension/storage/area';
import { createPanelStore } from '../../../extension/storage/panel-store';
import { CURRENT_VERSION, KEYS, QUARANTINE_PREFIX } from '../../../extension/storage/schema';

const area = () => fakeBrowser.storage.local as unknown as StorageArea;

const person = (id: string, name: string) => ({
  id,
  name,
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  achievement: 80,
  competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
});

const v1Assessment = {
  format: 'samatthana/assessment',
  version: 1,
  set: 'bma',
  method: 'gap',
  people: [person('P001', 'นางสาวสมศรี ใจดี'), person('P002', 'นายสมชาย รักไทย')],
};

const profile = (site: string) => ({
  version: 1,
  site,
  fields: [{ selector: '#ach', competency: 'ACH', control: 'select' }],
});

async function all(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('panel storage', () => {
  it('starts empty on a fresh install and writes nothing until something is saved', async () => {
    const s = await createPanelStore(area()).load();
    expect(s.assessment).toBeNull();
    expect(s.problems).toEqual([]);
    expect(await all()).toEqual({});
  });

  it('migrates data written by version 1 (no version key) to the current layout', async () => {
    // Exactly what version 1 wrote: the assessment itself, and profiles as an array.
    await fakeBrowser.storage.local.set({
      assessment: v1Assessment,
      siteProfiles: [profile('https://dpis.example.go.th'), profile('http://127.0.0.1:8080')],
    });
    const s = await createPanelStore(area()).load();
    expect(s.problems).toEqual([]);
    expect(s.assessment?.data.people.map((p) => p.id)).toEqual(['P001', 'P002']);
    expect(s.assessment?.data.set).toBe('bma');
    expect(Object.keys(s.profiles).sort()).toEqual(['http://127.0.0.1:8080', 'https://dpis.example.go.th']);

    const stored = await all();
    expect(stored[KEYS.version]).toBe(CURRENT_VERSION);
    expect(stored.siteProfiles).toBeUndefined();
    expect(stored[KEYS.assessment]).toMatchObject({ data: { people: [{ id: 'P001' }, { id: 'P002' }] } });
    expect(Object.keys(stored[KEYS.profiles] as object)).toHaveLength(2);

    // A second load finds the current version and changes nothing.
    const before = JSON.stringify(await all());
    await createPanelStore(area()).load();
    expect(JSON.stringify(await all())).toBe(before);
  });

  it('sets aside a version-1 profile it cannot place, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      siteProfiles: [profile('https://a.example.go.th'), { fields: [] }],
    });
    const s = await createPanelStore(area()).load();
    expect(Object.keys(s.profiles)).toEqual(['https://a.example.go.th']);
    expect(s.problems).toHaveLength(1);
    const q = s.problems[0]!.quarantinedAs!;
    expect(q.startsWith(QUARANTINE_PREFIX)).toBe(true);
    expect((await all())[q]).toMatchObject({ key: 'siteProfiles[1]', value: { fields: [] } });
  });

  it('quarantines a corrupt assessment with the validator’s reason and still opens', async () => {
    const broken = { ...v1Assessment, people: [{ ...person('P001', 'ก'), competencies: { ACH: 9 } }] };
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: broken, fileName: 'team.json', savedAt: '2026-01-01T00:00:00.000Z' },
      [KEYS.profiles]: { 'https://a.example.go.th': profile('https://a.example.go.th') },
    });
    const store = createPanelStore(area());
    const s = await store.load();
    expect(s.assessment).toBeNull();
    expect(Object.keys(s.profiles)).toEqual(['https://a.example.go.th']);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]!.message).toContain('แบบประเมินที่บันทึกไว้อ่านไม่ได้');
    expect(s.problems[0]!.message).toContain('ACH');

    const stored = await all();
    expect(stored[KEYS.assessment]).toBeUndefined();
    const [entry] = await store.quarantined();
    expect(entry).toMatchObject({ key: KEYS.assessment, value: { data: broken, fileName: 'team.json' } });

    // The next load is clean: the bad entry is not reported twice, and it is still kept.
    const again = await createPanelStore(area()).load();
    expect(again.problems).toEqual([]);
    expect(await createPanelStore(area()).quarantined()).toHaveLength(1);
  });

  it('quarantines values of the wrong type (a string where an object belongs)', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: '{"people": [',
      [KEYS.profiles]: 42,
      [KEYS.settings]: ['x'],
    });
    const s = await createPanelStore(area()).load();
    expect(s.problems.map((p) => p.key).sort()).toEqual(
      [KEYS.assessment, KEYS.profiles, KEYS.settings].sort(),
    );
    const stored = await all();
    const kept = Object.entries(stored).filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
    expect(kept.map(([, v]) => (v as { value: unknown }).value)).toEqual(
      expect.arrayContaining(['{"people": [', 42, ['x']]),
    );
  });

  it('sets aside a single bad site profile and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.profiles]: {
        'https://good.example.go.th': profile('https://good.example.go.th'),
        'https://bad.example.go.th': {
          version: 1,
          site: 'https://bad.example.go.th',
          fields: [{ competency: 'NOPE' }],
        },
      },
    });
    const s = await createPanelStore(area()).load();
    expect(Object.keys(s.profiles)).toEqual(['https://good.example.go.th']);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]!.key).toBe('profiles.https://bad.example.go.th');
    expect(Object.keys(((await all())[KEYS.profiles] ?? {}) as object)).toEqual([
      'https://good.example.go.th',
    ]);
  });

  it('never overwrites data from a newer version of the extension', async () => {
    const future = { [KEYS.version]: CURRENT_VERSION + 1, [KEYS.assessment]: { shape: 'unknown' } };
    await fakeBrowser.storage.local.set(future);
    const store = createPanelStore(area());
    const s = await store.load();
    expect(s.readOnly).toBe(true);
    expect(s.problems[0]!.message).toContain('รุ่นที่ใหม่กว่า');
    await store.saveSettings({ overwrite: true });
    expect(await all()).toEqual(future);
  });

  it('quarantines everything when the version key itself is garbage', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.version]: 'two', [KEYS.assessment]: { data: v1Assessment } });
    const s = await createPanelStore(area()).load();
    expect(s.assessment).toBeNull();
    expect(s.problems.length).toBe(2);
    const stored = await all();
    expect(stored[KEYS.version]).toBe(CURRENT_VERSION);
    expect(Object.keys(stored).filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(2);
  });

  it('round-trips a saved assessment, profiles and settings', async () => {
    const store = createPanelStore(area());
    await store.load();
    const first = await createPanelStore(area()).load();
    expect(first.assessment).toBeNull();
    const { parseAssessment } = await import('../../../shared/interchange');
    const a = parseAssessment(JSON.stringify(v1Assessment), 'team.json');
    await store.saveAssessment(a, 'team.json');
    await store.saveProfiles({ 'https://a.example.go.th': profile('https://a.example.go.th') as never });
    await store.saveSettings({ csvSet: 'ocsc', overwrite: true });
    const s = await createPanelStore(area()).load();
    expect(s.problems).toEqual([]);
    expect(s.assessment?.fileName).toBe('team.json');
    expect(s.assessment?.data.people).toHaveLength(2);
    expect(s.settings).toEqual({ csvSet: 'ocsc', overwrite: true });
    expect(Object.keys(s.profiles)).toEqual(['https://a.example.go.th']);
  });

  // Cases the fuzz tests found, kept as plain examples.
  it('reads a version key that cannot even be turned into text', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.version]: { toString: 1 }, [KEYS.assessment]: { data: 1 } });
    const s = await createPanelStore(area()).load();
    expect(s.problems.map((p) => p.key).sort()).toEqual([KEYS.assessment, KEYS.version]);
    expect(s.problems[0]!.message).toContain('{"toString":1}');
  });

  it('sets aside a profile saved under "__proto__" or under another site, instead of losing it', async () => {
    const good = profile('https://a.example.go.th');
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.profiles]: JSON.parse(
        `{"__proto__": ${JSON.stringify(good)}, "https://b.example.go.th": ${JSON.stringify(good)}}`,
      ),
    });
    const store = createPanelStore(area());
    const s = await store.load();
    expect(s.profiles).toEqual({});
    expect(s.problems.map((p) => p.key)).toEqual(['profiles.__proto__', 'profiles.https://b.example.go.th']);
    expect(s.problems[1]!.message).toContain('https://a.example.go.th');
    expect((await store.quarantined()).map((q) => q.value)).toEqual([good, good]);
  });

  it('keeps the first of two version-1 profiles for one site and sets the other aside', async () => {
    const first = profile('https://a.example.go.th');
    const second = { ...first, fields: [{ selector: '#tw', competency: 'TW', control: 'radio' }] };
    await fakeBrowser.storage.local.set({ siteProfiles: [first, second], profiles: { left: 'by someone' } });
    const store = createPanelStore(area());
    const s = await store.load();
    expect(s.profiles['https://a.example.go.th']).toEqual(first);
    expect(s.problems.map((p) => p.key).sort()).toEqual([KEYS.profiles, 'siteProfiles[1]']);
    expect((await store.quarantined()).map((q) => q.value)).toEqual(
      expect.arrayContaining([second, { left: 'by someone' }]),
    );
  });

  it('keeps the valid settings and sets aside each unknown or out-of-range one', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.settings]: { csvSet: 'ocsc', csvMethod: 'points', overwrite: 'yes', theme: 'dark' },
    });
    const s = await createPanelStore(area()).load();
    expect(s.settings).toEqual({ csvSet: 'ocsc' });
    expect(s.problems.map((p) => p.key).sort()).toEqual([
      'settings.csvMethod',
      'settings.overwrite',
      'settings.theme',
    ]);
    expect((await all())[KEYS.settings]).toEqual({ csvSet: 'ocsc' });
  });

  it('lists damaged quarantine entries too', async () => {
    await fakeBrowser.storage.local.set({
      [`${QUARANTINE_PREFIX}a:1`]: 5,
      [`${QUARANTINE_PREFIX}b:2`]: { key: 'x' },
      [`${QUARANTINE_PREFIX}c:3`]: { key: 'c', reason: 'r', value: 1, at: '2025-01-01T00:00:00.000Z' },
    });
    const store = createPanelStore(area());
    await store.load();
    const listed = await store.quarantined();
    expect(listed.map((q) => q.key)).toEqual(['a:1', 'b:2', 'c']);
  });

  it('never writes a quarantined copy over an earlier one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-01T08:00:00.000Z'));
      const earlier = { key: KEYS.settings, reason: 'เก่า', value: 'first', at: '2026-03-01T08:00:00.000Z' };
      const taken = `${QUARANTINE_PREFIX}${KEYS.settings}:2026-03-01T08:00:00.000Z:0`;
      await fakeBrowser.storage.local.set({
        [taken]: earlier,
        [KEYS.version]: CURRENT_VERSION,
        [KEYS.settings]: 'second',
      });
      const s = await createPanelStore(area()).load();
      expect(s.problems[0]!.quarantinedAs).not.toBe(taken);
      const stored = await all();
      expect(stored[taken]).toEqual(earlier);
      expect(stored[s.problems[0]!.quarantinedAs!]).toMatchObject({ value: 'second' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays usable, changes nothing and saves nothing when storage refuses the write', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.version]: CURRENT_VERSION, [KEYS.settings]: 7 });
    const before = await all();
    const refusing: StorageArea = {
      get: (k) => fakeBrowser.storage.local.get(k ?? null),
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
      remove: (k) => fakeBrowser.storage.local.remove(k),
    };
    const store = createPanelStore(refusing);
    const s = await store.load();
    expect(s.readOnly).toBe(true);
    expect(s.problems.map((p) => p.key)).toEqual([KEYS.settings, 'storage']);
    expect(s.problems[1]!.message).toContain('QUOTA_BYTES');
    await store.saveSettings({ overwrite: true });
    expect(await all()).toEqual(before);
  });

  it('refuses to save an assessment it could not read back, keeping the saved one', async () => {
    const store = createPanelStore(area());
    await store.load();
    const { parseAssessment } = await import('../../../shared/interchange');
    const a = parseAssessment(JSON.stringify(v1Assessment), 'team.json');
    await store.saveAssessment(a, 'team.json');
    const saved = await all();
    const broken = { ...a, people: [{ ...a.people[0]!, competencies: { ACH: 9 } }] };
    await expect(store.saveAssessment(broken, 'broken.json')).rejects.toThrow(/ACH/);
    await expect(store.saveSettings({ csvSet: 'nope' as never })).rejects.toThrow(/csvSet/);
    expect(await all()).toEqual(saved);
  });
});
