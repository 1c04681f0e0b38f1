import { getCompetency } from '../../shared/dictionary';
import { indicatorsUpTo } from '../../shared/dictionary/indicators';
import { COMPETENCY_CODES, type CompetencyCode, SET_LABELS } from '../../shared/dictionary/types';
import { METHOD_LABELS, type ResolvedAssessment } from '../../shared/interchange';
import { planApplies } from '../../shared/rules/plan';
import { cleanText } from '../../shared/text/normalize';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readAssessment } from '../args';
import { type Command, InputError, UsageError } from '../io';

/** Refuses a method whose values are ratings, not levels; `then` says what cannot be done with them. */
export function requireLevels(a: ResolvedAssessment, file: string, then: string) {
  if (planApplies(a.method)) return;
  throw new InputError(
    `${file}: ค่าที่กรอกในวิธี${METHOD_LABELS[a.method]} เป็นคะแนน ไม่ใช่ระดับ จึง${then} — ` +
      'ใช้วิธีเทียบระดับที่คาดหวัง (--method gap) หรือตารางคะแนน กทม. (--method bma-points)',
  );
}

/** The person's levels must be levels (not ratings) to have indicators; the id must be in the file. */
export function personFor(a: ResolvedAssessment, file: string, id: string) {
  requireLevels(a, file, 'ไม่มีพฤติกรรมบ่งชี้ตามระดับ');
  const person = a.people.find((p) => p.id === cleanText(id));
  if (!person) {
    const ids = a.people.map((p) => p.id);
    const some = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', …' : '');
    throw new InputError(`${file}: ไม่มีรหัส "${id}" ในไฟล์ (รหัสที่มี: ${some || '—'})`);
  }
  return person;
}

export const evidence: Command = (argv, io) => {
  const { values, positionals } = parse(
    argv,
    { ...ASSESSMENT_OPTIONS, person: { type: 'string' }, json: { type: 'boolean' } },
    1,
  );
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana evidence FILE --person ID');
  if (values.person === undefined) throw new UsageError('ต้องระบุ --person ID');
  const a = readAssessment(file, overridesFrom(values));
  const person = personFor(a, file, values.person);
  const codes = COMPETENCY_CODES.filter((c) => person.competencies[c] !== undefined);
  const at = (code: CompetencyCode) => indicatorsUpTo(a.set, code, person.competencies[code]!);

  if (values.json) {
    const competencies = Object.fromEntries(
      codes.map((code) => [
        code,
        {
          level: person.competencies[code],
          indicators: at(code).map(({ level, text }) => ({ level, text })),
        },
      ]),
    );
    io.out(JSON.stringify({ id: person.id, name: person.name, competencies }));
    return 0;
  }
  const out = [`${person.name} (${person.id}) — พฤติกรรมบ่งชี้ตามระดับที่แสดงออก, ${SET_LABELS[a.set]}`];
  for (const code of COMPETENCY_CODES) {
    const c = getCompetency(a.set, code);
    const level = person.competencies[code];
    out.push('', level === undefined ? `${c.nameTh}: ยังไม่มีระดับ` : `${c.nameTh}: ระดับ ${level}`);
    if (level === undefined) continue;
    if (level === 0) out.push('  ระดับ 0 ไม่มีพฤติกรรมบ่งชี้');
    for (const l of c.levels.filter((x) => x.level >= 1 && x.level <= level)) {
      out.push(`  ระดับ ${l.level} ${l.title}${l.missingFromSource ? ' (ต้นฉบับไม่มีระดับนี้)' : ''}`);
      for (const i of at(code).filter((x) => x.level === l.level)) out.push(`    • ${i.text}`);
    }
    const written = person.evidence?.[code];
    if (written) out.push('  เหตุการณ์/พฤติกรรมที่บันทึกไว้:', ...written.split('\n').map((l) => `    ${l}`));
  }
  io.out(out.join('\n'));
  return 0;
};
