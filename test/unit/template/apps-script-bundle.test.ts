/**
 * The pushed Code.js, run in a Node vm against a stand-in SpreadsheetApp: the real adapter builds
 * the template block by block, exports it back, and agrees with the in-memory renderer.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScoringTemplate } from '../../../apps-script/server/actions';
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { buildAppsScript } from '../../../scripts/build-apps-script';
import { parseAssessment } from '../../../shared/interchange';
import { generatePeople } from '../../sheets/helpers';
import { fakeSpreadsheetApp } from './fake-spreadsheet-app';

let code: string;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-gas-'));
  await buildAppsScript(dir);
  code = readFileSync(join(dir, 'Code.js'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(names?: string[]) {
  const fake = fakeSpreadsheetApp(names);
  const context = vm.createContext({ SpreadsheetApp: fake.SpreadsheetApp });
  vm.runInContext(code, context);
  return { ...fake, context };
}

describe('Code.js with SpreadsheetApp', () => {
  it('builds the same template as the renderer tested against the in-memory adapter', () => {
    const people = generatePeople(15, 'ocsc', 'bma-points', 31);
    const options = { set: 'ocsc', method: 'bma-points', people, round: { fiscalYear: 2569, round: 1 } };
    const { context, memory } = load();
    const result = vm.runInContext(`buildScoringTemplate(${JSON.stringify(options)})`, context);
    expect(result).toMatchObject({ people: 15, set: 'ocsc', method: 'bma-points' });

    const direct = new MemoryAdapter();
    buildScoringTemplate(direct, options as Parameters<typeof buildScoringTemplate>[1]);
    expect(memory.book.map((s) => s.name)).toEqual(direct.book.map((s) => s.name));
    for (const s of direct.book) {
      const got = memory.sheet(s.name);
      expect([...got.cells.entries()].map(([r, line]) => [r, [...line.entries()]])).toEqual(
        [...s.cells.entries()].map(([r, line]) => [r, [...line.entries()]]),
      );
      expect(got.validations.map((v) => [v.rect, v.rule])).toEqual(
        s.validations.map((v) => [v.rect, v.rule]),
      );
      expect(got.conditionalFormats).toEqual(s.conditionalFormats);
      expect(got.merges).toEqual(s.merges);
      expect(got.frozen).toEqual(s.frozen);
    }
  });

  it('exports what it built, and costs about the same for 1,000 people as for 10', () => {
    const run = (n: number) => {
      const { context, calls } = load();
      const people = generatePeople(n, 'bma', 'gap', n);
      vm.runInContext(`buildScoringTemplate(${JSON.stringify({ set: 'bma', people })})`, context);
      const exported = vm.runInContext('exportAssessment()', context);
      return { calls: calls(), exported, people };
    };
    const ten = run(10);
    const thousand = run(1000);
    expect(thousand.calls).toBeLessThanOrEqual(1.5 * ten.calls + 10);
    expect(thousand.exported.ok).toBe(true);
    const back = parseAssessment(thousand.exported.json, 'x.json');
    expect(back.people.map((p) => p.competencies)).toEqual(thousand.people.map((p) => p.competencies));
  });
});
