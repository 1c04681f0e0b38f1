/**
 * The fills of the page the panel aims at, and their undo: every fill is pushed on the page's undo
 * stack (undo-stack.ts), the newest report is shown, and what was said about one page is dropped
 * when the panel aims at another.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Person } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import type { FillInput } from '../engine/types';
import { fillTab, type PageProblemCode, pageProblem, type TabFill, undoTab } from './page-bridge';
import { requestSite } from './site-access';
import type { TargetTab } from './target-tab';
import { pageKey, undoStacks } from './undo-stack';

export type FillProblem = { code: PageProblemCode; message: string };

export function useFills(
  target: TargetTab | null,
  onRefreshTarget: () => void,
  inputFor: (people: Person[], extra: Partial<FillInput>) => FillInput,
) {
  const key = pageKey(target);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FillProblem | null>(null);
  const [last, setLast] = useState<TabFill | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [, setUndoCount] = useState(0);

  // A new page: what was said about the last one no longer holds.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page
  useEffect(() => {
    setProblem(null);
    setLast(null);
    setStatus(null);
  }, [key]);

  const stacked = undoStacks.size(key);

  const run = async (people: Person[], extra: Partial<FillInput> = {}) => {
    // The permission prompt must come straight from the click.
    const asked = requestSite(target);
    setBusy(true);
    setStatus(null);
    try {
      await asked;
      if (!target) throw new Error('ไม่พบแท็บของแบบฟอร์ม');
      const result = await fillTab(target.id, inputFor(people, extra));
      if (key) undoStacks.push(key, result);
      setUndoCount(undoStacks.size(key));
      setLast(result);
      setProblem(null);
      onRefreshTarget();
    } catch (e) {
      setProblem(pageProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    const top = undoStacks.peek(key);
    if (!top) {
      // The report shown changed nothing, and nothing before it is left to undo.
      setStatus('คืนค่าเดิมแล้ว 0 ช่อง (การเติมครั้งนี้ไม่ได้เปลี่ยนช่องใด)');
      setLast(null);
      return;
    }
    setBusy(true);
    try {
      const r = await undoTab(top);
      undoStacks.pop(key);
      setUndoCount(undoStacks.size(key));
      const extra = [
        r.changedSince ? `${r.changedSince} ช่องถูกแก้ไขหลังเติมจึงไม่แตะต้อง` : '',
        r.gone ? `${r.gone} ช่องไม่อยู่ในหน้าแล้ว` : '',
      ].filter(Boolean);
      setStatus(`คืนค่าเดิมแล้ว ${r.restored} ช่อง${extra.length ? ` (${extra.join(', ')})` : ''}`);
      setLast(null);
    } catch (e) {
      setProblem({ code: 'other', message: `เลิกทำไม่สำเร็จ: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  // The report's undo is its own when it is the newest fill still to undo; when it changed nothing,
  // the fill before it (which it did not replace) is what undo takes back.
  const reportIsTop = !!last && undoStacks.peek(key) === last;
  const undoLabel = reportIsTop || stacked === 0 ? undefined : 'เลิกทำการเติมครั้งก่อน';

  return { busy, problem, setProblem, last, status, setStatus, stacked, run, undo, undoLabel };
}
