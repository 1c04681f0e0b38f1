/**
 * Talks to the page being filled: injects the fill engine on demand (no content script runs on
 * any site by itself), then calls it in every frame that the engine of a parent frame does not
 * already cover (the engine walks same-origin child frames itself).
 */

import type { Person } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import type { FillInput, FillReport, ReadField, ScanResult, UndoResult } from '../engine/types';
import type { PickResult } from '../profiles/picker';
import type { SiteProfile } from '../profiles/types';
import { ext } from './ext-api';

export interface FrameReport {
  frameId: number;
  /** Key under which the page keeps the live report, for undo. */
  key: string;
  report: FillReport;
}

export interface TabFill {
  tabId: number;
  frames: FrameReport[];
  /** All frames together, for display. */
  report: FillReport;
}

type PageEngine = {
  fill(input: FillInput): FillReport;
  undo(report: FillReport): UndoResult;
  scan(root: ParentNode, options: { profile?: SiteProfile; people?: Person[] }): ScanResult;
  waitForForm?(root: ParentNode, options: { timeoutMs?: number; profile?: SiteProfile }): Promise<ScanResult>;
};

async function inject(tabId: number, files: string[], allFrames = true): Promise<void> {
  await ext().scripting.executeScript({ target: { tabId, allFrames }, files });
}

/** The fill engine (dist/fill-engine.js, the same file as the standalone engine). */
const ENGINE = '/fill-engine.js';

/** Why a call into a tab failed: the site is not allowed, the tab is the browser's own, or else. */
export type PageProblemCode = 'no-access' | 'browser-page' | 'other';

/** The way injecting into a tab failed, as a code (what the panel offers) and a Thai message. */
export function pageProblem(e: unknown): { code: PageProblemCode; message: string } {
  const text = errorText(e);
  if (/Cannot access|permission|host/i.test(text)) {
    return {
      code: 'no-access',
      message:
        'ส่วนขยายยังไม่ได้รับอนุญาตให้เข้าถึงหน้านี้ — เปิดแผงจากปุ่มส่วนขยายบนแท็บของแบบฟอร์ม หรืออนุญาตเว็บไซต์ใน “เว็บไซต์ที่อนุญาตให้เติมแบบฟอร์ม”',
    };
  }
  if (/chrome:|extensions gallery|about:/i.test(text))
    return { code: 'browser-page', message: 'หน้านี้เป็นหน้าของเบราว์เซอร์ เติมแบบฟอร์มไม่ได้' };
  return { code: 'other', message: `เข้าถึงหน้าเว็บไม่ได้: ${text}` };
}

/** Thai message for the ways injecting into a tab fails. */
export function accessProblem(e: unknown): string {
  return pageProblem(e).message;
}

function merge(reports: FillReport[]): FillReport {
  return {
    filled: reports.flatMap((r) => r.filled),
    skipped: reports.flatMap((r) => r.skipped),
    missing: reports.flatMap((r) => r.missing),
    undo: reports.flatMap((r) => r.undo),
  };
}

// Runs in the page. Self-contained: it is serialised by executeScript. Waits (bounded) for a form
// that is still rendering before filling it.
async function pageFill(input: FillInput): Promise<{ key: string; report: FillReport } | null> {
  if (window !== window.top) {
    try {
      void window.parent.document.body; // same-origin parent: its engine covers this frame
      return null;
    } catch {
      // cross-origin parent: this frame fills itself
    }
  }
  const g = globalThis as unknown as {
    samatthanaFill?: PageEngine;
    samatthanaReports?: Record<string, FillReport>;
  };
  if (!g.samatthanaFill) throw new Error('fill engine missing');
  await g.samatthanaFill.waitForForm?.(document, {
    timeoutMs: 4000,
    ...(input.profile ? { profile: input.profile } : {}),
  });
  const report = g.samatthanaFill.fill(input);
  g.samatthanaReports ??= {};
  const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  g.samatthanaReports[key] = report;
  return { key, report: JSON.parse(JSON.stringify(report)) as FillReport };
}

// Runs in the page: undo with the page's own live report when it is still there.
function pageUndo(key: string, copy: FillReport): UndoResult {
  const g = globalThis as unknown as {
    samatthanaFill?: PageEngine;
    samatthanaReports?: Record<string, FillReport>;
  };
  if (!g.samatthanaFill) return { restored: 0, changedSince: 0, gone: copy.undo.length };
  const live = g.samatthanaReports?.[key];
  const result = g.samatthanaFill.undo(live ?? copy);
  if (g.samatthanaReports) delete g.samatthanaReports[key];
  return JSON.parse(JSON.stringify(result)) as UndoResult;
}

export interface ReadBackScan {
  fields: ReadField[];
  evaluatees: string[];
}

// Runs in the page: what the engine finds, with the level each field shows now (the engine reports
// what a field shows as digits; Thai digits typed into a box are read too; points are no level).
function pageScan(profile: SiteProfile | null, people: Person[] | null): ReadBackScan | null {
  if (window !== window.top) {
    try {
      void window.parent.document.body;
      return null;
    } catch {
      // cross-origin parent: scan this frame
    }
  }
  const g = globalThis as unknown as { samatthanaFill?: PageEngine };
  if (!g.samatthanaFill) throw new Error('fill engine missing');
  const found = g.samatthanaFill.scan(document, {
    ...(profile ? { profile } : {}),
    ...(people ? { people } : {}),
  });
  const fields: ReadField[] = found.fields.map((f) => {
    const shown = (f.value ?? '').replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0xe50));
    // "3", or "3.00" where the box holds two decimals: the evaluator's level, or the appraisee's own
    // (self-assessment) column; text areas (evidence, plan) hold texts, read from `value`.
    const levelField = !f.purpose || f.purpose === 'self';
    const level =
      f.valueKind !== 'points' && levelField && /^\d{1,2}(?:\.0+)?$/.test(shown) ? Number(shown) : null;
    return { ...f, level };
  });
  return JSON.parse(JSON.stringify({ fields, evaluatees: found.evaluatees })) as ReadBackScan;
}

export async function fillTab(tabId: number, input: FillInput): Promise<TabFill> {
  await inject(tabId, [ENGINE]);
  const results = await ext().scripting.executeScript({
    target: { tabId, allFrames: true },
    func: pageFill,
    args: [input],
  });
  const frames: FrameReport[] = [];
  for (const r of results) {
    const value = r.result as { key: string; report: FillReport } | null | undefined;
    if (value) frames.push({ frameId: r.frameId, ...value });
  }
  if (frames.length === 0) throw new Error('ไม่พบหน้าเว็บที่จะเติม: หน้าในแท็บยังโหลดไม่เสร็จหรือถูกปิดไปแล้ว');
  return { tabId, frames, report: merge(frames.map((f) => f.report)) };
}

export async function undoTab(fill: TabFill): Promise<UndoResult> {
  const total: UndoResult = { restored: 0, changedSince: 0, gone: 0 };
  for (const f of fill.frames) {
    const [r] = await ext().scripting.executeScript({
      target: { tabId: fill.tabId, frameIds: [f.frameId] },
      func: pageUndo,
      args: [f.key, f.report],
    });
    const one = r?.result as Partial<UndoResult> | undefined;
    total.restored += one?.restored ?? 0;
    total.changedSince += one?.changedSince ?? 0;
    total.gone += one?.gone ?? 0;
  }
  return total;
}

/**
 * What the page holds. Given the assessment's people, a field naming nobody of its own is the one
 * of them its form (or frame) names anywhere: whom a one-person form is for.
 */
export async function scanTab(
  tabId: number,
  profile?: SiteProfile,
  people?: Person[],
): Promise<ReadBackScan> {
  await inject(tabId, [ENGINE]);
  const results = await ext().scripting.executeScript({
    target: { tabId, allFrames: true },
    func: pageScan,
    args: [profile ?? null, people ?? null],
  });
  const scans = results.map((r) => r.result as ReadBackScan | null).filter((s): s is ReadBackScan => !!s);
  return {
    fields: scans.flatMap((s) => s.fields),
    evaluatees: [...new Set(scans.flatMap((s) => s.evaluatees))],
  };
}

// Runs in the page.
function pagePick(): Promise<PickResult> {
  const g = globalThis as unknown as { samatthanaPicker?: { pick(): Promise<PickResult> } };
  if (!g.samatthanaPicker) throw new Error('picker missing');
  return g.samatthanaPicker.pick();
}

// Runs in the page.
function pageCancelPick(): void {
  const g = globalThis as unknown as { samatthanaPicker?: { cancel(): void } };
  g.samatthanaPicker?.cancel();
}

/**
 * Teach mode: waits until the user clicks a field in the page (top frame), or cancels; a control
 * the engine cannot fill from a profile comes back refused, with the reason.
 */
export async function pickField(tabId: number): Promise<PickResult> {
  await inject(tabId, ['/page-picker.js'], false);
  const [r] = await ext().scripting.executeScript({ target: { tabId }, func: pagePick });
  return (r?.result as PickResult | undefined) ?? null;
}

export async function cancelPick(tabId: number): Promise<void> {
  await ext()
    .scripting.executeScript({ target: { tabId }, func: pageCancelPick })
    .catch(() => undefined);
}
