/** Import (JSON / CSV, validated whole), the editor, and export back to JSON / CSV. */

import { useState } from 'preact/hooks';
import { DEFAULT_SET, type SetId } from '../../shared/dictionary';
import {
  assessmentToCsv,
  assessmentToJson,
  ImportError,
  type Problem,
  parseAssessment,
} from '../../shared/interchange';
import {
  DEFAULT_METHOD,
  METHODS,
  type Method,
  type ResolvedAssessment,
} from '../../shared/interchange/types';
import type { Settings } from '../storage/schema';
import { baseName, downloadText } from './download';
import { Editor } from './Editor';
import { errorText } from './ext-api';
import { Field } from './Field';
import { METHOD_LABELS } from './labels';
import { SetOptions } from './Options';

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
  const isCsv = /\.csv$/i.test(fileName);
  try {
    const overrides = isCsv
      ? { set: settings.csvSet ?? DEFAULT_SET, method: settings.csvMethod ?? DEFAULT_METHOD }
      : {};
    return { assessment: parseAssessment(bytes, fileName, overrides) };
  } catch (e) {
    if (e instanceof ImportError) return { problems: e.problems };
    return { problems: [{ where: fileName, message: errorText(e) }] };
  }
}

export function AssessmentView({
  assessment,
  fileName,
  settings,
  onImported,
  onChange,
  onSettings,
}: {
  assessment: ResolvedAssessment | null;
  fileName: string | null;
  settings: Settings;
  onImported: (a: ResolvedAssessment, fileName: string) => void;
  onChange: (a: ResolvedAssessment) => void;
  onSettings: (s: Settings) => void;
}) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = importAssessment(bytes, file.name, settings);
    input.value = '';
    if ('assessment' in result) {
      onImported(result.assessment, file.name);
      setOutcome({ ok: true, problems: [], fileName: file.name });
    } else {
      setOutcome({ ok: false, problems: result.problems, fileName: file.name });
    }
  };

  return (
    <div>
      <section aria-labelledby="import-h">
        <h2 id="import-h">แบบประเมิน</h2>
        <div class="row">
          <Field label="นำเข้าไฟล์แบบประเมิน (JSON หรือ CSV)" class="grow">
            {(id) => (
              <input
                id={id}
                type="file"
                accept=".json,.csv,application/json,text/csv"
                onChange={(e) => onFile(e.currentTarget)}
              />
            )}
          </Field>
        </div>
        <details>
          <summary>ค่าที่ใช้กับไฟล์ CSV</summary>
          <div class="row">
            <Field label="ชุดสมรรถนะ">
              {(id) => (
                <select
                  id={id}
                  value={settings.csvSet ?? DEFAULT_SET}
                  onChange={(e) => onSettings({ ...settings, csvSet: e.currentTarget.value as SetId })}
                >
                  <SetOptions />
                </select>
              )}
            </Field>
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
          </div>
        </details>
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
      </section>
      {assessment ? (
        <section aria-labelledby="editor-h">
          <h3 id="editor-h">
            {fileName ?? 'แบบประเมิน'} · {assessment.people.length} คน
          </h3>
          <Editor a={assessment} onChange={onChange} />
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
      ) : (
        <p class="muted">ยังไม่มีแบบประเมิน — นำเข้าไฟล์ JSON หรือ CSV ก่อน</p>
      )}
    </div>
  );
}
