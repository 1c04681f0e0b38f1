/**
 * The assessment: the three first steps (choose the set, bring the people, go and fill), the
 * one-person-at-a-time editor, and export back to JSON / CSV.
 */

import { useState } from 'preact/hooks';
import type { SetId } from '../../shared/dictionary';
import {
  assessmentToCsv,
  assessmentToJson,
  ImportError,
  type Problem,
  readAssessmentFile,
} from '../../shared/interchange';
import {
  DEFAULT_METHOD,
  METHODS,
  type Method,
  type Person,
  type ResolvedAssessment,
} from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import sampleFile from '../../shared/samples/team.json';
import type { Settings } from '../storage/schema';
import { addPerson, checked, emptyAssessment } from './assessment-edit';
import { baseName, downloadText } from './download';
import { Editor } from './Editor';
import { Field, FileField } from './Field';
import { METHOD_LABELS, SET_LABELS } from './labels';

// The bundled sample team (its codes are checked against the schema by the interchange tests).
const samplePeople = sampleFile.people as Person[];

import { PersonForm } from './PersonForm';

export interface ImportOutcome {
  ok: boolean;
  problems: Problem[];
  fileName: string;
}

/** Reads a file into an assessment, or the full list of what is wrong with it. Never half-applies. */
export function importAssessment(
  bytes: Uint8Array,
  fileName: string,
  settings: Settings,
): { assessment: ResolvedAssessment } | { problems: Problem[] } {
  // The file is read by its content (a workbook, JSON, CSV or tab-separated text). One that neither
  // names nor shows its set (`namesSet`: the shared rule, shared/interchange/set-shown.ts, that the
  // CLI follows too) takes the one the user chose, never a guess.
  const chosen = settings.csvSet
    ? { set: settings.csvSet, method: settings.csvMethod ?? DEFAULT_METHOD }
    : {};
  try {
    const read = readAssessmentFile(bytes, fileName, {}, chosen);
    if (!read.namesSet && !settings.csvSet)
      return {
        problems: [
          {
            where: fileName,
            message: 'ไฟล์นี้ไม่ได้ระบุฉบับสมรรถนะ: เลือกฉบับ ก.พ. หรือฉบับกรุงเทพมหานครในขั้นที่ 1 ก่อน แล้วนำเข้าอีกครั้ง',
          },
        ],
      };
    return { assessment: read.assessment };
  } catch (e) {
    if (e instanceof ImportError) return { problems: e.problems };
    return { problems: [{ where: fileName, message: errorText(e) }] };
  }
}

const SET_HINTS: Record<SetId, string> = {
  ocsc: 'ส่วนราชการที่ใช้พจนานุกรมสมรรถนะของสำนักงาน ก.พ.',
  bma: 'หน่วยงานของกรุงเทพมหานคร',
};

function csvFile(set: SetId, people: ResolvedAssessment['people']): string {
  return assessmentToCsv({ set, people }, { thaiHeaders: true });
}

function StepSet({
  settings,
  assessment,
  onSettings,
  onChange,
}: {
  settings: Settings;
  assessment: ResolvedAssessment | null;
  onSettings: (s: Settings) => void;
  onChange: (a: ResolvedAssessment) => void;
}) {
  const chosen = settings.csvSet;
  const differs = assessment && chosen && assessment.set !== chosen;
  return (
    <li>
      <fieldset class="set-choice">
        <legend>ขั้นที่ 1 · เลือกฉบับที่หน่วยงานของคุณใช้</legend>
        {(['ocsc', 'bma'] as const).map((s) => (
          <label class="check" key={s}>
            <input
              type="radio"
              name="set"
              value={s}
              checked={chosen === s}
              onChange={() => onSettings({ ...settings, csvSet: s })}
            />
            <span>
              <strong>{SET_LABELS[s]}</strong> <small class="muted">— {SET_HINTS[s]}</small>
            </span>
          </label>
        ))}
        {!chosen && <p class="note warn">ยังไม่ได้เลือก — ระดับและคะแนนต่างกันในแต่ละฉบับ</p>}
        {differs && (
          <p class="note">
            แบบประเมินที่เปิดอยู่ใช้{SET_LABELS[assessment.set]} (ตามไฟล์){' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                const r = checked({ ...assessment, set: chosen });
                if ('assessment' in r) onChange(r.assessment);
              }}
            >
              เปลี่ยนเป็น{SET_LABELS[chosen]}
            </button>
          </p>
        )}
        <Field label="วิธีคิดคะแนน">
          {(id) => (
            <select
              id={id}
              value={settings.csvMethod ?? DEFAULT_METHOD}
              onChange={(e) => onSettings({ ...settings, csvMethod: e.currentTarget.value as Method })}
            >
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
    </li>
  );
}

function StepPeople({
  settings,
  assessment,
  onFile,
  onAdded,
}: {
  settings: Settings;
  assessment: ResolvedAssessment | null;
  onFile: (input: HTMLInputElement) => void;
  onAdded: (a: ResolvedAssessment, id: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const set = settings.csvSet;
  return (
    <li>
      <h3>ขั้นที่ 2 · นำรายชื่อผู้รับการประเมินเข้า</h3>
      <FileField
        label="นำเข้าไฟล์แบบประเมิน (Excel, CSV หรือ JSON)"
        accept=".xlsx,.csv,.txt,.tsv,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain,application/json"
        onFile={onFile}
      />
      <p class="muted">ยังไม่มีไฟล์? ดาวน์โหลดไฟล์ไปกรอกใน Excel แล้วนำเข้าที่นี่ (บันทึกเป็น .xlsx หรือ CSV ก็ได้)</p>
      <div class="row">
        <button
          type="button"
          disabled={!set}
          onClick={() =>
            set && downloadText('แบบประเมิน-เปล่า.csv', csvFile(set, []), 'text/csv;charset=utf-8')
          }
        >
          ไฟล์เปล่า (CSV)
        </button>
        <button
          type="button"
          disabled={!set}
          onClick={() =>
            set && downloadText('แบบประเมิน-ตัวอย่าง.csv', csvFile(set, samplePeople), 'text/csv;charset=utf-8')
          }
        >
          ไฟล์ตัวอย่าง 12 คน (CSV)
        </button>
        <button type="button" aria-expanded={adding} disabled={!set} onClick={() => setAdding(!adding)}>
          เพิ่มรายชื่อทีละคน
        </button>
      </div>
      {!set && <p class="muted">เลือกฉบับในขั้นที่ 1 ก่อน จึงดาวน์โหลดไฟล์หรือเพิ่มรายชื่อได้</p>}
      {adding && set && (
        <PersonForm
          submitLabel="เพิ่มผู้รับการประเมิน"
          onCancel={() => setAdding(false)}
          onSubmit={(info) => {
            const base = assessment ?? emptyAssessment(set, settings.csvMethod ?? DEFAULT_METHOD);
            const r = addPerson(base, info);
            if ('problems' in r) return r.problems;
            onAdded(r.assessment, info.id.trim());
            return null;
          }}
        />
      )}
    </li>
  );
}

export function AssessmentView({
  assessment,
  fileName,
  settings,
  onImported,
  onChange,
  onSettings,
  onGoFill,
}: {
  assessment: ResolvedAssessment | null;
  fileName: string | null;
  settings: Settings;
  onImported: (a: ResolvedAssessment, fileName: string) => void;
  onChange: (a: ResolvedAssessment) => void;
  onSettings: (s: Settings) => void;
  onGoFill?: () => void;
}) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const hasPeople = !!assessment && assessment.people.length > 0;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = importAssessment(bytes, file.name, settings);
    input.value = '';
    if ('assessment' in result) {
      onImported(result.assessment, file.name);
      setCurrent(null);
      setOutcome({ ok: true, problems: [], fileName: file.name });
    } else {
      setOutcome({ ok: false, problems: result.problems, fileName: file.name });
    }
  };

  const steps = (
    <section aria-labelledby="steps-h">
      <h2 id="steps-h">{hasPeople ? 'ฉบับ รายชื่อ และไฟล์' : 'เริ่มใช้งานใน 3 ขั้นตอน'}</h2>
      <ol class="steps">
        <StepSet settings={settings} assessment={assessment} onSettings={onSettings} onChange={onChange} />
        <StepPeople
          settings={settings}
          assessment={assessment}
          onFile={onFile}
          onAdded={(a, id) => {
            onChange(a);
            setCurrent(id);
          }}
        />
        <li>
          <h3>ขั้นที่ 3 · เลือกระดับ แล้วเติมแบบฟอร์มออนไลน์</h3>
          <p class="muted">
            เลือกระดับของแต่ละคนในแบบประเมิน เปิดหน้าแบบประเมินออนไลน์ (เช่น DPIS) ในแท็บหนึ่ง แล้วไปที่ “เติมแบบฟอร์ม”
            ส่วนขยายจะไม่กดส่งแบบฟอร์มให้
          </p>
          {onGoFill && (
            <button type="button" disabled={!hasPeople} onClick={onGoFill}>
              ไปที่เติมแบบฟอร์ม
            </button>
          )}
        </li>
      </ol>
    </section>
  );

  return (
    <div>
      {outcome &&
        (outcome.ok ? (
          <p class="ok" role="status">
            นำเข้า {outcome.fileName} แล้ว ({assessment?.people.length ?? 0} คน)
          </p>
        ) : (
          <div class="errors" role="alert">
            <p>
              <strong>
                ไม่ได้นำเข้า {outcome.fileName}: พบปัญหา {outcome.problems.length} จุด
              </strong>{' '}
              {assessment ? '— แบบประเมินเดิมยังอยู่ครบ' : ''}
            </p>
            <ul>
              {outcome.problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
                <li key={i}>
                  <code>{p.where}</code> {p.message}
                </li>
              ))}
            </ul>
          </div>
        ))}
      {assessment && hasPeople ? (
        <>
          <section aria-labelledby="editor-h">
            <h2 id="editor-h">
              แบบประเมิน <small class="muted file-name">{fileName ?? 'ที่เพิ่มเอง'}</small>
            </h2>
            <Editor a={assessment} onChange={onChange} current={current} onCurrent={setCurrent} />
            <div class="row actions">
              <button
                type="button"
                onClick={() =>
                  downloadText(`${baseName(fileName)}.json`, assessmentToJson(assessment), 'application/json')
                }
              >
                ส่งออก JSON
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `${baseName(fileName)}.csv`,
                    assessmentToCsv(assessment, { thaiHeaders: true }),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                ส่งออก CSV
              </button>
            </div>
          </section>
          {steps}
        </>
      ) : (
        steps
      )}
    </div>
  );
}
