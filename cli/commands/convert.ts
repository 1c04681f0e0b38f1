/**
 * `samatthana convert FILE --out OUT.json|OUT.csv|OUT.xlsx [OPTIONS]`: the same assessment in
 * another format. JSON keeps everything; .xlsx is the template with these people (its settings
 * sheets keep set, method, weights, round and bands); CSV keeps every person's fields, with Thai
 * headers, and cannot carry the settings, which are named on the way out.
 */
import { SET_LABELS } from '../../shared/dictionary/types';
import { assessmentToCsv, assessmentToJson, METHOD_LABELS } from '../../shared/interchange';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readAssessment } from '../args';
import { type Command, UsageError } from '../io';
import { outputPath, writeWhole } from '../output';
import { writeTemplateXlsx } from './template';

export const convert: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, out: { type: 'string' } }, 1);
  const file = positionals[0];
  if (!file || !values.out)
    throw new UsageError('ใช้: samatthana convert FILE --out OUT.json|OUT.csv|OUT.xlsx');
  const kind = /\.(json|csv|xlsx)$/i.exec(values.out)?.[1]?.toLowerCase();
  if (!kind) throw new UsageError(`--out ต้องลงท้ายด้วย .json .csv หรือ .xlsx (ได้ "${values.out}")`);
  const out = outputPath(values.out);
  const a = readAssessment(file, overridesFrom(values));
  if (kind === 'xlsx') await writeTemplateXlsx(a, out);
  else writeWhole(out, kind === 'json' ? assessmentToJson(a) : assessmentToCsv(a, { thaiHeaders: true }));
  io.out(`เขียน ${a.people.length} คนไว้ที่ ${values.out}`);
  if (kind === 'csv') {
    io.out(
      `หมายเหตุ: CSV ไม่เก็บชุดสมรรถนะ วิธีคิด น้ำหนัก รอบ และเกณฑ์ของไฟล์ (${SET_LABELS[a.set]}, วิธี${METHOD_LABELS[a.method]}, น้ำหนัก ${a.weights.achievement}/${a.weights.competency}) — ` +
        `เมื่ออ่านกลับให้ระบุ --set ${a.set} --method ${a.method} --weights ${a.weights.achievement}/${a.weights.competency}`,
    );
  }
  return 0;
};
