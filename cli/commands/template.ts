/**
 * `samatthana template [--people FILE] --out OUT.xlsx|OUT.csv [--rows N] [--set ID] [--method M]`:
 * writes the scoring template (docs/template.md) for the people in a file, or a blank one ready to type
 * into; with OUT.csv, a blank CSV with the Thai headers of the set.
 */
import { DEFAULT_SET, SET_LABELS } from '../../shared/dictionary/types';
import {
  assessmentToCsv,
  DEFAULT_METHOD,
  FORMAT,
  METHOD_LABELS,
  type ResolvedAssessment,
  resolveAssessment,
  VERSION,
} from '../../shared/interchange';
import { SUMMARY_SHEET_LIMIT, templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { overridesFrom, parse, readAssessment } from '../args';
import { type Command, InputError, UsageError } from '../io';
import { outputPath, writeWhole } from '../output';

/** Empty person rows of a blank template. */
export const BLANK_ROWS = 30;

const USAGE = `ใช้: samatthana template [--people FILE] --out OUT.xlsx [--rows N] [--set bma|ocsc] [--method gap|rating|bma-points]
  สร้างแม่แบบคะแนน (.xlsx) สำหรับ Excel / Google Sheets
  --people FILE   รายชื่อ (.json .csv หรือ .xlsx); ไม่ระบุ = แม่แบบเปล่าให้กรอกเอง
  --out OUT.xlsx  ไฟล์ที่จะเขียน (.xlsx = แม่แบบ, .csv = CSV เปล่าที่มีหัวคอลัมน์ภาษาไทย)
  --rows N        จำนวนแถวว่างของแม่แบบเปล่า (ค่าเริ่มต้น ${BLANK_ROWS})
  --set ID        ชุดสมรรถนะ (ค่าเริ่มต้น: ของไฟล์ หรือ bma)
  --method M      วิธีคำนวณ (ค่าเริ่มต้น: ของไฟล์ หรือ gap)
  --summaries     เพิ่มชีตแบบสรุปของแต่ละคน (ชีต "สรุป รหัส") ไม่เกิน ${SUMMARY_SHEET_LIMIT} คน; ทีมที่ใหญ่กว่านั้นใช้ samatthana print`;

/** The template for an assessment, as .xlsx bytes, written whole to `outPath`. */
export async function writeTemplateXlsx(
  assessment: ResolvedAssessment,
  outPath: string,
  opts: { spareRows?: number; summaries?: boolean } = {},
): Promise<void> {
  writeWhole(outPath, await templateXlsx(templateFromAssessment(assessment, opts)));
}

function rowsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw new UsageError(`--rows ต้องเป็นจำนวนเต็ม 1–5000 (ได้ "${value}")`);
  return n;
}

export const template: Command = async (argv, io) => {
  const { values } = parse(
    argv,
    {
      people: { type: 'string' },
      out: { type: 'string' },
      rows: { type: 'string' },
      set: { type: 'string' },
      method: { type: 'string' },
      summaries: { type: 'boolean' },
    },
    0,
  );
  if (!values.out) throw new UsageError(`ต้องระบุ --out\n${USAGE}`);
  const csv = /\.csv$/i.test(values.out);
  if (!csv && !/\.xlsx$/i.test(values.out))
    throw new UsageError(`--out ต้องเป็นไฟล์ .xlsx หรือ .csv (ได้ "${values.out}")`);
  if (csv && values.people)
    throw new UsageError('แม่แบบที่มีรายชื่อ (--people) ต้องเป็น .xlsx; รายชื่อเป็น CSV ใช้ samatthana convert');
  const rows = rowsOption(values.rows);
  if (rows !== undefined && values.people) throw new UsageError('--rows ใช้กับแม่แบบเปล่าเท่านั้น (ไม่มี --people)');
  const overrides = overridesFrom({ set: values.set, method: values.method });
  const out = outputPath(values.out);
  const assessment = values.people
    ? readAssessment(values.people, overrides)
    : resolveAssessment(
        {
          format: FORMAT,
          version: VERSION,
          set: overrides.set ?? DEFAULT_SET,
          method: overrides.method ?? DEFAULT_METHOD,
          people: [],
        },
        overrides,
      ).assessment;
  const what = `${SET_LABELS[assessment.set]}, วิธี${METHOD_LABELS[assessment.method]}`;
  if (csv) {
    writeWhole(out, assessmentToCsv(assessment, { thaiHeaders: true }));
    io.out(`เขียน CSV เปล่าที่มีหัวคอลัมน์ภาษาไทย (${SET_LABELS[assessment.set]}) ไว้ที่ ${values.out}`);
    return 0;
  }
  if (values.people) {
    // A list with nobody in it is most often the wrong file (or sheet): a template of nobody helps no one.
    if (assessment.people.length === 0) {
      throw new InputError(
        `${values.people}: ไม่มีรายชื่อใครเลย — ตรวจว่าเลือกไฟล์ (และแผ่นงานแรก) ถูก หรือใช้ samatthana template --out ${values.out} โดยไม่มี --people เพื่อได้แม่แบบเปล่า`,
      );
    }
    if (values.summaries && assessment.people.length > SUMMARY_SHEET_LIMIT) {
      throw new InputError(
        `${values.people}: มี ${assessment.people.length} คน เกิน ${SUMMARY_SHEET_LIMIT} ชีตแบบสรุปต่อไฟล์: ใช้ samatthana print ${values.people} --out ทีม.pdf แทน`,
      );
    }
    await writeTemplateXlsx(assessment, out, { summaries: values.summaries ?? false });
    io.out(`เขียนแม่แบบคะแนน ${assessment.people.length} คน (${what}) ไว้ที่ ${values.out}`);
  } else {
    const n = rows ?? BLANK_ROWS;
    await writeTemplateXlsx(assessment, out, { spareRows: n });
    io.out(`เขียนแม่แบบคะแนนเปล่า ${n} แถว (${what}) ไว้ที่ ${values.out}`);
  }
  return 0;
};
