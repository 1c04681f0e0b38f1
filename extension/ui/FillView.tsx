/**
 * "Fill this page" for one person or for everyone on a grid form: whom the page holds, the report,
 * undo (every fill of the page, newest first) and read back.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { oneLine } from '../../shared/text/normalize';
import type { SiteProfile } from '../engine/types';
import type { ReadBackChange } from './assessment-edit';
import { Field } from './Field';
import { nameWords } from './keep-thai-words';
import { competencyName, entryLabel } from './labels';
import { pageProblem, scanTab } from './page-bridge';
import { type PagePeople, pagePeople } from './page-people';
import { ReportView } from './ReportView';
import { readBackChanges } from './read-back';
import { SiteAccess } from './SiteAccess';
import { requestAllSites, requestSite } from './site-access';
import { TargetLine } from './TargetLine';
import type { TargetTab } from './target-tab';
import { pageKey } from './undo-stack';
import { type FillProblem, useFills } from './use-fills';

interface Props {
  assessment: ResolvedAssessment | null;
  target: TargetTab | null;
  profile: SiteProfile | undefined;
  overwrite: boolean;
  onOverwrite: (v: boolean) => void;
  onRefreshTarget: () => void;
  onApplyReadBack: (changes: ReadBackChange[]) => void;
}

export function FillView(props: Props) {
  const { assessment, target, onRefreshTarget } = props;
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
  return <FillForm {...props} assessment={assessment} />;
}

/** Whom the page holds, looked up once per page the panel aims at (silently: the site may not be allowed yet). */
function usePagePeople(
  target: TargetTab | null,
  profile: SiteProfile | undefined,
  people: Person[],
): PagePeople | null {
  const [found, setFound] = useState<PagePeople | null>(null);
  const key = pageKey(target);
  // Once per page: a new scan on every render would inject into the page again and again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page
  useEffect(() => {
    setFound(null);
    if (!target?.url) return;
    let live = true;
    scanTab(target.id, profile, people)
      .then((s) => live && setFound(pagePeople(s.evaluatees, people)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, people]);
  return found;
}

function FillForm({
  assessment,
  target,
  profile,
  overwrite,
  onOverwrite,
  onRefreshTarget,
  onApplyReadBack,
}: Props & { assessment: ResolvedAssessment }) {
  const key = pageKey(target);
  const [personId, setPersonId] = useState<string>('');
  const chosen = useRef(false);
  // The appraisee's own column is theirs: filled only when the evaluator asks, for this panel's life.
  const [fillSelf, setFillSelf] = useState(false);
  const hasSelf = assessment.people.some((p) => p.self && Object.keys(p.self).length > 0);
  const onPage = usePagePeople(target, profile, assessment.people);
  const { busy, problem, setProblem, last, status, setStatus, stacked, run, undo, undoLabel } = useFills(
    target,
    onRefreshTarget,
    (people, extra) => ({
      people,
      set: assessment.set,
      method: assessment.method,
      overwrite,
      ...(fillSelf && hasSelf ? { fillSelf: true } : {}),
      ...(profile ? { profile } : {}),
      ...extra,
    }),
  );

  // A new page: the person is the page's again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page
  useEffect(() => {
    chosen.current = false;
  }, [key]);
  // A one-person form (DPIS opens one per appraisee) names whom it is for: that person, unless chosen.
  useEffect(() => {
    if (!chosen.current && onPage?.found.length === 1) setPersonId(onPage.found[0]!.id);
  }, [onPage]);

  const person = assessment.people.find((p) => p.id === personId) ?? assessment.people[0];

  // The people whose boxes hold the form's default zero: "fill those" fills them, and only them.
  const zeroPeople = last
    ? assessment.people.filter((p) =>
        last.report.skipped.some((s) => s.code === 'default-zero' && s.evaluatee === (p.id || p.name)),
      )
    : [];

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
      {onPage && <PeopleOnPage onPage={onPage} total={assessment.people.length} />}
      <div class="row">
        <Field label="ผู้รับการประเมิน" class="grow">
          {(id) => (
            <select
              id={id}
              value={person?.id ?? ''}
              onChange={(e) => {
                chosen.current = true;
                setPersonId(e.currentTarget.value);
              }}
            >
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
      {hasSelf && (
        <label class="check">
          <input type="checkbox" checked={fillSelf} onChange={(e) => setFillSelf(e.currentTarget.checked)} />
          เติมช่อง “ผลการประเมินตนเอง” ด้วยผลประเมินตนเองที่มีในแบบประเมิน (ปกติไม่แตะช่องนี้)
        </label>
      )}
      <div class="row actions">
        <button
          type="button"
          class="primary"
          disabled={busy || !person}
          onClick={() => person && run([person])}
        >
          เติมแบบฟอร์มให้ {nameWords(person?.name ?? '')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(assessment.people)}>
          เติมให้ทุกคน (แบบฟอร์มตาราง)
        </button>
      </div>
      <p class="muted">
        เติมระดับ เหตุการณ์/พฤติกรรม และแผนพัฒนาที่มีในแบบประเมินลงในช่องที่หน้าเว็บมี ส่วนขยายจะไม่กดส่งหรือบันทึกแบบฟอร์มให้
        ตรวจดูแล้วกดบันทึกในหน้าเว็บเอง
      </p>
      {busy && (
        <p role="status" class="muted">
          กำลังทำงานกับหน้าเว็บ…
        </p>
      )}
      {problem && (
        <AccessProblem
          problem={problem}
          target={target}
          onResolved={() => {
            setProblem(null);
            onRefreshTarget();
          }}
        />
      )}
      {last && (
        <ReportView
          report={last.report}
          assessment={assessment}
          undone={null}
          onUndo={undo}
          undoLabel={undoLabel}
          onFillZeros={zeroPeople.length ? () => run(zeroPeople, { fillZeros: true }) : null}
          busy={busy}
        />
      )}
      {!last && stacked > 0 && (
        <p>
          <button type="button" disabled={busy} onClick={undo}>
            เลิกทำการเติมครั้งก่อน (เหลือให้เลิกทำ {stacked} ครั้ง)
          </button>
        </p>
      )}
      {status && (
        <p class="ok" role="status">
          {status}
        </p>
      )}
      <ReadBack
        assessment={assessment}
        target={target}
        profile={profile}
        personId={person?.id}
        busy={busy}
        onApply={(changes) => {
          onApplyReadBack(changes);
          setStatus(`นำค่าจากแบบฟอร์มเข้าแบบประเมินแล้ว ${changes.length} ค่า`);
        }}
      />
    </section>
  );
}

/** Whom the page holds, by name, and which of the assessment's people it does not. */
function PeopleOnPage({ onPage, total }: { onPage: PagePeople; total: number }) {
  const { found, lacking, strangers } = onPage;
  if (found.length === 0 && strangers.length === 0) return null;
  return (
    <div class="note" data-page-people>
      {found.length === 1 && lacking.length === total - 1 && (
        <p>แบบฟอร์มนี้เป็นของ {nameWords(found[0]!.name)}</p>
      )}
      {found.length > 1 && (
        <p>
          พบในหน้านี้ {found.length} คน: {found.map((p) => p.name).join(', ')}
          {lacking.length > 0 &&
            ` · ไม่มีในหน้านี้ ${lacking.length} คน: ${lacking.map((p) => p.name).join(', ')}`}
        </p>
      )}
      {found.length === 0 && strangers.length > 0 && (
        <p>หน้านี้มีชื่อ {strangers.slice(0, 3).join(', ')} ซึ่งไม่อยู่ในแบบประเมิน — เลือกผู้รับการประเมินเอง</p>
      )}
    </div>
  );
}

/** A page call that failed; where the site is not allowed, the button that allows it. */
function AccessProblem({
  problem,
  target,
  onResolved,
}: {
  problem: FillProblem;
  target: TargetTab | null;
  onResolved: () => void;
}) {
  return (
    <div class="errors" role="alert">
      <p>{problem.message}</p>
      {problem.code === 'no-access' && (
        <button
          type="button"
          onClick={async () => {
            const ok = target?.url ? await requestSite(target) : await requestAllSites();
            if (ok) onResolved();
          }}
        >
          {target?.url ? 'อนุญาตเว็บไซต์นี้' : 'อนุญาตทุกเว็บไซต์ (http/https)'}
        </button>
      )}
    </div>
  );
}

/** Reading the levels an already-filled form shows back into the assessment. */
function ReadBack({
  assessment,
  target,
  profile,
  personId,
  busy,
  onApply,
}: {
  assessment: ResolvedAssessment;
  target: TargetTab | null;
  profile: SiteProfile | undefined;
  personId: string | undefined;
  busy: boolean;
  onApply: (changes: ReadBackChange[]) => void;
}) {
  const [read, setRead] = useState<{ changes: ReadBackChange[]; fields: number } | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const key = pageKey(target);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page
  useEffect(() => {
    setRead(null);
    setProblem(null);
  }, [key]);

  const scan = async () => {
    const asked = requestSite(target);
    setReading(true);
    setProblem(null);
    try {
      await asked;
      if (!target) throw new Error('ไม่พบแท็บของแบบฟอร์ม');
      const result = await scanTab(target.id, profile, assessment.people);
      setRead({ changes: readBackChanges(result, assessment, personId), fields: result.fields.length });
    } catch (e) {
      setProblem(pageProblem(e).message);
    } finally {
      setReading(false);
    }
  };

  return (
    <section aria-labelledby="readback-h">
      <h3 id="readback-h">อ่านค่ากลับจากแบบฟอร์ม</h3>
      <p class="muted">อ่านระดับ ผลการประเมินตนเอง และเหตุการณ์/พฤติกรรมที่กรอกไว้แล้วในหน้าเว็บ แล้วนำเข้าแบบประเมิน</p>
      <button type="button" disabled={busy || reading} onClick={scan}>
        อ่านค่าจากแบบฟอร์ม
      </button>
      {problem && (
        <p class="errors" role="alert">
          {problem}
        </p>
      )}
      {read && (
        <div>
          <p role="status">
            พบช่องประเมิน {read.fields} ช่อง ·{' '}
            {read.changes.length ? `ค่าที่ต่างจากแบบประเมิน ${read.changes.length} ค่า` : 'ตรงกับแบบประเมินทุกค่า'}
          </p>
          {read.changes.length > 0 && (
            <>
              <ul>
                {read.changes.map((c) => (
                  <li key={`${c.personId}:${c.competency}:${c.kind ?? 'level'}`}>
                    {c.personName} —{' '}
                    {c.kind === 'evidence' || c.kind === 'self' ? `${entryLabel(c.kind)} ` : ''}
                    {competencyName(assessment.set, c.competency)}:{' '}
                    {c.kind === 'evidence'
                      ? `${c.from === undefined ? 'ว่าง' : `“${oneLine(c.from)}”`} → “${oneLine(c.to)}”`
                      : `${c.from ?? 'ว่าง'} → ${c.to}`}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                class="primary"
                onClick={() => {
                  onApply(read.changes);
                  setRead(null);
                }}
              >
                นำค่าเข้าแบบประเมิน
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
