/**
 * The words an evaluator writes as evidence come from the dictionary: the indicators of the level a
 * person showed and of every level below it (levels are cumulative). Each indicator carries its set
 * and level, so nothing composed from them is unlabelled. Texts are the dictionary's, errata applied.
 */
import { getCompetency } from './index';
import type { CompetencyCode, SetId } from './types';

export interface LabelledIndicator {
  set: SetId;
  competency: CompetencyCode;
  level: number;
  /** The level's title (พฤติกรรมระดับ), as `sets --json` gives it. */
  title: string;
  text: string;
}

/** Indicators of levels 1 … `level`, lowest level first, each level's in the source's order. */
export function indicatorsUpTo(set: SetId, code: CompetencyCode, level: number): LabelledIndicator[] {
  return getCompetency(set, code)
    .levels.filter((l) => l.level >= 1 && l.level <= level)
    .sort((a, b) => a.level - b.level)
    .flatMap((l) =>
      l.indicators.map((text) => ({ set, competency: code, level: l.level, title: l.title, text })),
    );
}

/** The evidence text's lines, for telling which indicators it already holds. */
const lines = (text: string) => text.split('\n');

/** Which of the indicators the evidence text holds, each as a line of its own. */
export function indicatorsIn(text: string, indicators: readonly string[]): Set<string> {
  const have = new Set(lines(text).map((l) => l.trim()));
  return new Set(indicators.filter((i) => have.has(i)));
}

/**
 * Ticks an indicator into an evidence text (a line of its own, at the end) or unticks it (that line
 * removed). Everything else the evaluator wrote stays as it is.
 */
export function toggleIndicator(text: string, indicator: string, on: boolean): string {
  const present = lines(text).some((l) => l.trim() === indicator);
  if (on) {
    if (present) return text;
    return text.trim() === '' ? indicator : `${text.replace(/\n+$/, '')}\n${indicator}`;
  }
  if (!present) return text;
  return lines(text)
    .filter((l) => l.trim() !== indicator)
    .join('\n');
}

/** One level of an evidence checklist: its title and its indicators, each ticked when the text holds it. */
export interface ChecklistLevel {
  level: number;
  title: string;
  items: { text: string; ticked: boolean }[];
}

/**
 * The checklist an evaluator ticks for a competency at a displayed level: the indicators of that
 * level and every level below, grouped by level, lowest first, each ticked when the evidence text
 * already holds it. Empty without a level.
 */
export function evidenceChecklist(
  set: SetId,
  code: CompetencyCode,
  level: number | null | undefined,
  text: string,
): ChecklistLevel[] {
  if (level === null || level === undefined) return [];
  const items = indicatorsUpTo(set, code, level);
  const ticked = indicatorsIn(
    text,
    items.map((i) => i.text),
  );
  const levels: ChecklistLevel[] = [];
  for (const i of items) {
    let group = levels.at(-1);
    if (group?.level !== i.level) {
      group = { level: i.level, title: i.title, items: [] };
      levels.push(group);
    }
    group.items.push({ text: i.text, ticked: ticked.has(i.text) });
  }
  return levels;
}
