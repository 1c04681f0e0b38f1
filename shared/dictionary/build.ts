/**
 * Builds both competency sets from their sources: the seed text (bma) and the OCSC JSON (ocsc).
 * Pure: the caller reads the files. scripts/gen-dictionary.ts writes the result to
 * sets.generated.ts, and a test rebuilds it from the sources and compares.
 */
import { cleanText } from '../text/normalize';
import { ERRATA, type Erratum } from './errata';
import { parseSeed } from './parse-seed';
import {
  COMPETENCY_CODES,
  type Competency,
  type CompetencyCode,
  type CompetencySet,
  type Correction,
  type Level,
} from './types';

/** The seed does not say; DPIS-BMA's PER_COMPETENCE rows do (docs/dictionary.md). */
const BMA_META: Record<CompetencyCode, { dpisCode: string; nameEn: string }> = {
  ACH: { dpisCode: '103', nameEn: 'Achievement Motivation' },
  SERV: { dpisCode: '102', nameEn: 'Service Mind' },
  EXP: { dpisCode: '105', nameEn: 'Expertise' },
  ING: { dpisCode: '101', nameEn: 'Integrity' },
  TW: { dpisCode: '104', nameEn: 'Teamwork' },
};

/** Levels the seed lacks, with the text DPIS-BMA has for them (docs/dictionary.md), flagged as missing. */
const MISSING_LEVELS: { code: CompetencyCode; level: Level }[] = [
  {
    code: 'EXP',
    level: {
      level: 2,
      title: 'รอบรู้เท่าทันเหตุการณ์และเทคโนโลยีใหม่ๆ อยู่เสมอ',
      indicators: [
        'รอบรู้เท่าทันเทคโนโลยีหรือองค์ความรู้ใหม่ๆ ในสาขาอาชีพของตนและที่เกี่ยวข้อง หรืออาจมีผลกระทบต่อการปฏิบัติหน้าที่ของตน',
        'ติดตามแนวโน้มวิทยาการที่ทันสมัย และเทคโนโลยีที่เกี่ยวข้องกับงานอย่างต่อเนื่อง',
      ],
      missingFromSource: true,
      textSource:
        'ต้นฉบับไม่มีระดับนี้; ข้อความจาก DPIS กรุงเทพมหานคร (kpi_competence.php CP_CODE 105 ระดับ 2) — not in the source text; shown from DPIS-BMA',
    },
  },
];

export class ErratumError extends Error {}

function applyErrata(text: string, errata: readonly Erratum[], used: Set<Erratum>): string {
  let out = text;
  for (const e of errata) {
    if (out.includes(e.original)) {
      out = out.replaceAll(e.original, e.corrected);
      used.add(e);
    }
  }
  return out;
}

const toCorrection = (e: Erratum): Correction => ({
  field: e.field,
  original: e.original,
  corrected: e.corrected,
  reason: e.reason,
});

export function buildBmaSet(seedText: string, errata: readonly Erratum[] = ERRATA): CompetencySet {
  const used = new Set<Erratum>();
  const mine = errata.filter((e) => e.set === 'bma');
  const pick = (code: CompetencyCode, field: Erratum['field'], level?: number) =>
    mine.filter((e) => e.code === code && e.field === field && e.level === level);

  const competencies = parseSeed(seedText).map((c): Competency => {
    const name = applyErrata(c.name, pick(c.code, 'name'), used);
    const definition = applyErrata(c.definition, pick(c.code, 'definition'), used);
    const levels = c.levels.map((lv): Level => {
      const title = applyErrata(lv.title, pick(c.code, 'title', lv.level), used);
      const indicators = lv.indicators.map((t) => applyErrata(t, pick(c.code, 'indicators', lv.level), used));
      const corrections = mine.filter((e) => e.code === c.code && e.level === lv.level && used.has(e));
      return {
        level: lv.level,
        title,
        ...(title !== lv.title ? { titleOriginal: lv.title } : {}),
        indicators,
        ...(indicators.some((t, i) => t !== lv.indicators[i]) ? { indicatorsOriginal: lv.indicators } : {}),
        ...(corrections.length ? { corrections: corrections.map(toCorrection) } : {}),
      };
    });
    for (const m of MISSING_LEVELS.filter((m) => m.code === c.code)) levels.push(m.level);
    levels.sort((a, b) => a.level - b.level);
    return {
      code: c.code,
      ...BMA_META[c.code],
      nameTh: name,
      ...(name !== c.name ? { nameOriginal: c.name } : {}),
      definition,
      ...(definition !== c.definition ? { definitionOriginal: c.definition } : {}),
      levels,
    };
  });

  const unused = mine.filter((e) => !used.has(e));
  if (unused.length) {
    throw new ErratumError(
      `errata ที่ไม่พบในต้นฉบับ: ${unused.map((e) => `${e.code} ${e.field} ${e.level ?? ''} "${e.original}"`).join('; ')}`,
    );
  }
  return {
    id: 'bma',
    nameTh: 'สมรรถนะหลัก 5 ประการ (ฉบับกรุงเทพมหานคร)',
    nameEn: 'Core competencies, Bangkok Metropolitan Administration variant',
    source: 'core-competencies.th.txt (with errata; missing levels from DPIS-BMA, flagged)',
    competencies,
  };
}

interface OcscSource {
  competencies: {
    code: string;
    dpisCode: string;
    nameTh: string;
    nameEn: string;
    definition: string;
    levels: { level: number; title: string; indicators: string[] }[];
  }[];
}

export function buildOcscSet(json: OcscSource): CompetencySet {
  const competencies = COMPETENCY_CODES.map((code): Competency => {
    const c = json.competencies.find((x) => x.code === code);
    if (!c) throw new Error(`ocsc: ไม่พบสมรรถนะ ${code}`);
    return {
      code,
      dpisCode: c.dpisCode,
      nameTh: cleanText(c.nameTh),
      nameEn: cleanText(c.nameEn),
      definition: cleanText(c.definition),
      levels: c.levels.map((l) => ({
        level: l.level,
        title: cleanText(l.title),
        indicators: l.indicators.map(cleanText).filter(Boolean),
      })),
    };
  });
  return {
    id: 'ocsc',
    nameTh: 'สมรรถนะหลัก ก.พ. (101–105)',
    nameEn: 'OCSC core competencies 101–105',
    source: 'ocsc-core-competencies.th.json (DPIS kpi_competence.php, OCSC branch)',
    competencies,
  };
}
