/** "Fill this page" for one person or for everyone on a grid form, the report, undo and read back. */

import { useState } from 'preact/hooks';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import type { FillInput } from '../engine/types';
import type { SiteProfile } from '../profiles/types';
import type { ReadBackChange } from './assessment-edit';
import { Field } from './Field';
import { competencyName } from './labels';
import { accessProblem, fillTab, scanTab, type TabFill, undoTab } from './page-bridge';
import { ReportView } from './ReportView';
import { readBackChanges } from './read-back';
import { SiteAccess } from './SiteAccess';
import { requestAllSites, requestSite } from './site-access';
import { TargetLine } from './TargetLine';
import type { TargetTab } from './target-tab';

export function FillView({
  assessment,
  target,
  profile,
  overwrite,
  onOverwrite,
  onRefreshTarget,
  onApplyReadBack,
}: {
  assessment: ResolvedAssessment | null;
  target: TargetTab | null;
  profile: SiteProfile | undefined;
  overwrite: boolean;
  onOverwrite: (v: boolean) => void;
  onRefreshTarget: () => void;
  onApplyReadBack: (changes: ReadBackChange[]) => void;
}) {
  const [personId, setPersonId] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsAccess, setNeedsAccess] = useState(false);
  const [last, setLast] = useState<TabFill | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const [readBack, setReadBack] = useState<{ changes: ReadBackChange[]; fields: number } | null>(null);

  if (!assessment) {
    return (
      <section aria-labelledby="fill-h">
        <h2 id="fill-h">เติมแบบฟอร์ม</h2>
        <TargetLine target={target} onRefresh={onRefreshTarget} />
        <SiteAccess onChange={onRefreshTarget} />
        <p class="muted">ยังไม่มีแบบประเมิน — นำเข้าแบบประเมินที่ส่วน “แบบประเมิน” ก่อน</p>
      </section>
    );
  }
  const person = assessment.people.find((p) => p.id === personId) ?? assessment.people[0];

  const run = async (people: typeof assessment.people) => {
    // The permission prompt must come straight from the click.
    const asked = requestSite(target);
    setBusy(true);
    setError(null);
    setUndone(null);
    setReadBack(null);
    try {
      await asked;
      if (!target) throw new Error('ไม่พบแท็บของแบบฟอร์ม');
      const input: FillInput = {
        people,
        set: assessment.set,
        method: assessment.method,
        overwrite,
        ...(profile ? { profile } : {}),
      };
      const result = await fillTab(target.id, input);
      setLast(result);
      setNeedsAccess(false);
      onRefreshTarget();
    } catch (e) {
      setError(accessProblem(e));
      setNeedsAccess(/อนุญาต/.test(accessProblem(e)));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!last) return;
    setBusy(true);
    try {
      const r = await undoTab(last);
      const extra = [
        r.changedSince ? `${r.changedSince} ช่องถูกแก้ไขหลังเติมจึงไม่แตะต้อง` : '',
        r.gone ? `${r.gone} ช่องไม่อยู่ในหน้าแล้ว` : '',
      ].filter(Boolean);
      setUndone(`คืนค่าเดิมแล้ว ${r.restored} ช่อง${extra.length ? ` (${extra.join(', ')})` : ''}`);
      setLast(null);
    } catch (e) {
      setError(`เลิกทำไม่สำเร็จ: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    const asked = requestSite(target);
    setBusy(true);
    setError(null);
    try {
      await asked;
      if (!target) throw new Error('ไม่พบแท็บของแบบฟอร์ม');
      const result = await scanTab(target.id, profile);
      setReadBack({ changes: readBackChanges(result, assessment, person?.id), fields: result.fields.length });
    } catch (e) {
      setError(accessProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="fill-h">
      <h2 id="fill-h">เติมแบบฟอร์ม</h2>
      <TargetLine target={target} onRefresh={onRefreshTarget} />
      <SiteAccess onChange={onRefreshTarget} />
      {profile && (
        <p class="note">
          ใช้โปรไฟล์ที่สอนไว้ของ {profile.site} ({profile.fields.length} ช่อง)
        </p>
      )}
      <div class="row">
        <Field label="ผู้รับการประเมิน" class="grow">
          {(id) => (
            <select id={id} value={person?.id ?? ''} onChange={(e) => setPersonId(e.currentTarget.value)}>
              {assessment.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label class="check">
        <input type="checkbox" checked={overwrite} onChange={(e) => onOverwrite(e.currentTarget.checked)} />
        เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม
      </label>
      <div class="row actions">
        <button
          type="button"
          class="primary"
          disabled={busy || !person}
          onClick={() => person && run([person])}
        >
          เติมแบบฟอร์มให้ {person?.name ?? ''}
        </button>
        <button type="button" disabled={busy} onClick={() => run(assessment.people)}>
          เติมให้ทุกคน (แบบฟอร์มตาราง)
        </button>
      </div>
      <p class="muted">ส่วนขยายจะไม่กดส่งหรือบันทึกแบบฟอร์มให้ ตรวจดูแล้วกดบันทึกในหน้าเว็บเอง</p>
      {busy && (
        <p role="status" class="muted">
          กำลังทำงานกับหน้าเว็บ…
        </p>
      )}
      {error && (
        <div class="errors" role="alert">
          <p>{error}</p>
          {needsAccess && (
            <button
              type="button"
              onClick={async () => {
                const ok = target?.url ? await requestSite(target) : await requestAllSites();
                if (ok) {
                  setError(null);
                  setNeedsAccess(false);
                  onRefreshTarget();
                }
              }}
            >
              {target?.url ? 'อนุญาตเว็บไซต์นี้' : 'อนุญาตทุกเว็บไซต์ (http/https)'}
            </button>
          )}
        </div>
      )}
      {last && (
        <ReportView report={last.report} assessment={assessment} undone={null} onUndo={undo} busy={busy} />
      )}
      {undone && (
        <p class="ok" role="status">
          {undone}
        </p>
      )}
      <section aria-labelledby="readback-h">
        <h3 id="readback-h">อ่านค่ากลับจากแบบฟอร์ม</h3>
        <p class="muted">อ่านระดับที่กรอกไว้แล้วในหน้าเว็บ แล้วนำเข้าแบบประเมิน</p>
        <button type="button" disabled={busy} onClick={scan}>
          อ่านค่าจากแบบฟอร์ม
        </button>
        {readBack && (
          <div>
            <p role="status">
              พบช่องประเมิน {readBack.fields} ช่อง ·{' '}
              {readBack.changes.length
                ? `ค่าที่ต่างจากแบบประเมิน ${readBack.changes.length} ค่า`
                : 'ตรงกับแบบประเมินทุกค่า'}
            </p>
            {readBack.changes.length > 0 && (
              <>
                <ul>
                  {readBack.changes.map((c) => (
                    <li key={`${c.personId}:${c.competency}`}>
                      {c.personName} — {competencyName(assessment.set, c.competency)}: {c.from ?? 'ว่าง'} →{' '}
                      {c.to}
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    onApplyReadBack(readBack.changes);
                    setReadBack(null);
                    setUndone(`นำค่าจากแบบฟอร์มเข้าแบบประเมินแล้ว ${readBack.changes.length} ค่า`);
                  }}
                >
                  นำค่าเข้าแบบประเมิน
                </button>
              </>
            )}
          </div>
        )}
      </section>
    </section>
  );
}
