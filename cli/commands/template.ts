/**
 * `samatthana template --people FILE --out OUT.xlsx [--set ID] [--method gap|rating|bma-points]`:
 * writes the scoring template (docs/template.md) for the people in an interchange file.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ResolvedAssessment } from '../../shared/interchange';
import { SUMMARY_SHEET_LIMIT, templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { overridesFrom, parse, readAssessment } from '../args';
import { type Command, InputError, UsageError } from '../io';

const USAGE = `ใช้: samatthana template --people FILE --out OUT.xlsx [--set bma|ocsc] [--method gap|rating|bma-points]
  สร้างแม่แบบคะแนน (.xlsx) สำหรับ Excel / Google Sheets จากไฟล์รายชื่อ (.json หรือ .csv)
  --people FILE   ไฟล์ interchange (.json) หรือ .csv
  --out OUT.xlsx  ไฟล์ที่จะเขียน
  --set ID        ชุดสมรรถนะ (ค่าเริ่มต้น: ของไฟล์ หรือ bma)
  --method M      วิธีคำนวณ (ค่าเริ่มต้น: ของไฟล์ หรือ gap)
  --summaries     เพิ่มชีตแบบสรุปของแต่ละคน (ชีต "สรุป รหัส") ไม่เกิน ${SUMMARY_SHEET_LIMIT} คน; ทีมที่ใหญ่กว่านั้นใช้ samatthana print`;

/**
 * Writes the template for an assessment to `outPath` (.xlsx). The file appears whole or not at all:
 * it is written beside the target and renamed into place.
 */
export async function writeTemplateXlsx(
  assessment: ResolvedAssessment,
  outPath: string,
  opts: { summaries?: boolean } = {},
): Promise<void> {
  const bytes = await templateXlsx(templateFromAssessment(assessment, opts));
  const temp = `${outPath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, outPath);
  } finally {
    rmSync(temp, { force: true });
  }
}

export const template: Command = async (argv, io) => {
  const { values } = parse(
    argv,
    {
      people: { type: 'string' },
      out: { type: 'string' },
      set: { type: 'string' },
      method: { type: 'string' },
      summaries: { type: 'boolean' },
    },
    0,
  );
  if (!values.people || !values.out) throw new UsageError(`ต้องระบุ --people และ --out\n${USAGE}`);
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(`--out ต้องเป็นไฟล์ .xlsx (ได้ "${values.out}")`);
  const overrides = overridesFrom({ set: values.set, method: values.method });
  const out = resolve(values.out);
  if (!existsSync(dirname(out)))
    throw new InputError(`${values.out}: ไม่มีโฟลเดอร์ ${dirname(out)} (folder not found)`);
  const assessment = readAssessment(values.people, overrides);
  if (values.summaries && assessment.people.length > SUMMARY_SHEET_LIMIT) {
    throw new InputError(
      `${values.people}: มี ${assessment.people.length} คน เกิน ${SUMMARY_SHEET_LIMIT} ชีตแบบสรุปต่อไฟล์: ใช้ samatthana print ${values.people} --out ทีม.pdf แทน`,
    );
  }
  await writeTemplateXlsx(assessment, out, { summaries: values.summaries ?? false });
  io.out(
    `เขียนแม่แบบคะแนน ${assessment.people.length} คน (ชุด ${assessment.set}, วิธี ${assessment.method}) ไว้ที่ ${values.out}`,
  );
  return 0;
};
