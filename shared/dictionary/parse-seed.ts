/**
 * Parses the seed text (core-competencies.th.txt) into competencies and levels, exactly as the
 * source writes them: no corrections here (errata.ts does that), only structure.
 *
 * Shape of the seed: "(N) NAME หมายถึง DEFINITION … แบ่งระดับ(ได้)ดังนี้", possibly over several
 * paragraphs; then "ระดับ(ที่) N : TITLE" lines, each followed by paragraphs of indicators.
 */
import { cleanText } from '../text/normalize';
import { INDICATOR_BREAKS } from './indicator-breaks';
import { COMPETENCY_CODES, type CompetencyCode } from './types';

export interface SeedLevel {
  level: number;
  title: string;
  indicators: string[];
}

export interface SeedCompetency {
  code: CompetencyCode;
  name: string;
  definition: string;
  levels: SeedLevel[];
}

const HEADER = /^\((\d)\)\s*(.+?)\s+หมายถึง\s+(.*)$/;
const LEVEL = /^ระดับ(?:ที่)?\s*(\d+)\s*:\s*(.*)$/;
const DEFINITION_END = /\s*แบ่งระดับ\s*(?:ได้)?\s*ดังนี้\s*$/;

export class SeedFormatError extends Error {}

function splitIndicators(code: CompetencyCode, level: number, paragraphs: string[]): string[] {
  const breaks = INDICATOR_BREAKS[code][level] ?? [];
  const out: string[] = [];
  let next = 0;
  for (const para of paragraphs) {
    let rest = para;
    while (next < breaks.length) {
      const at = rest.indexOf(breaks[next]!, 1);
      if (at < 0) break;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
      next++;
    }
    out.push(rest);
  }
  if (next < breaks.length) {
    throw new SeedFormatError(`${code} ระดับ ${level}: ไม่พบจุดแบ่งพฤติกรรม "${breaks[next]}"`);
  }
  return out.map(cleanText).filter(Boolean);
}

export function parseSeed(text: string): SeedCompetency[] {
  const paragraphs = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const out: SeedCompetency[] = [];
  let current: (SeedCompetency & { defParts: string[]; levelParas: string[][] }) | null = null;

  const finish = () => {
    if (!current) return;
    const { defParts, levelParas, ...c } = current;
    c.levels.forEach((lv, i) => {
      lv.indicators = splitIndicators(c.code, lv.level, levelParas[i] ?? []);
    });
    out.push(c);
  };

  for (const p of paragraphs) {
    const h = HEADER.exec(p);
    if (h) {
      finish();
      const n = Number(h[1]);
      const code = COMPETENCY_CODES[n - 1];
      if (!code) throw new SeedFormatError(`หัวข้อสมรรถนะที่ (${n}) ไม่อยู่ในช่วง 1–5`);
      current = {
        code,
        name: cleanText(h[2]!),
        definition: '',
        levels: [],
        defParts: [h[3]!],
        levelParas: [],
      };
      continue;
    }
    if (!current) continue; // the introduction before the first competency
    const lv = LEVEL.exec(p);
    if (lv) {
      if (current.levels.length === 0)
        current.definition = cleanText(current.defParts.join(' ')).replace(DEFINITION_END, '');
      current.levels.push({ level: Number(lv[1]), title: cleanText(lv[2]!), indicators: [] });
      current.levelParas.push([]);
    } else if (current.levels.length === 0) {
      current.defParts.push(p); // a definition that spans a blank line (ING)
    } else {
      current.levelParas.at(-1)!.push(p);
    }
  }
  finish();
  if (out.length !== COMPETENCY_CODES.length) {
    throw new SeedFormatError(`พบสมรรถนะ ${out.length} ด้าน ต้องมี ${COMPETENCY_CODES.length}`);
  }
  return out;
}
