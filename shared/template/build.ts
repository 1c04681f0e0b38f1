/**
 * Builds the template description from an assessment (or, on repair, from what a sheet holds):
 * the score sheet, the summary sheet and the reference sheets their formulas read.
 */
import { getSet } from '../dictionary';
import type { Person, ResolvedAssessment } from '../interchange/types';
import { position, positionCode } from '../rules/positions';
import { cleanText } from '../text/normalize';
import type { InputRow, RawValue, TemplateInput } from './input';
import { hasPlanSheet, planSheet } from './plan-sheet';
import { bandsSheet, dictionarySheet, expectedSheet, settingsSheet } from './reference-sheets';
import { scoreSheet } from './score-sheet';
import { FONT } from './style';
import { summarySheets } from './summary-sheet';
import type { TemplateDescription } from './types';

export {
  dictionaryRows,
  type InputRow,
  METHOD_LABELS,
  POSITION_TYPES,
  type RawValue,
  type TemplateInput,
} from './input';

/** A person as a template row: the position written with its standard Thai names when it is known. */
export function personRow(p: Person): InputRow {
  let positionType: RawValue = p.positionType ? cleanText(p.positionType) : null;
  let positionLevel: RawValue = p.positionLevel ? cleanText(p.positionLevel) : null;
  if (positionType || positionLevel) {
    try {
      const pos = position(positionCode(p.positionType, p.positionLevel));
      positionType = pos.type;
      positionLevel = pos.level;
    } catch {
      // Unknown positions are written as given: the sheet marks them, and the rating method needs none.
    }
  }
  return {
    id: p.id,
    name: p.name,
    positionType,
    positionLevel,
    achievement: p.achievement ?? null,
    competencies: { ...p.competencies },
    expected: { ...(p.expected ?? {}) },
    ...(p.self ? { self: { ...p.self } } : {}),
    ...(p.evidence ? { evidence: { ...p.evidence } } : {}),
    ...(p.plan?.length
      ? {
          plan: Object.fromEntries(
            p.plan.map(({ competency, ...texts }) => [competency, texts]),
          ) as InputRow['plan'],
        }
      : {}),
  };
}

export function templateFromAssessment(
  a: ResolvedAssessment,
  opts: { spareRows?: number; summaries?: boolean } = {},
): TemplateDescription {
  return buildTemplate({
    set: a.set,
    method: a.method,
    weights: a.weights,
    bands: a.bands,
    ...(a.round ? { round: a.round } : {}),
    rows: a.people.map(personRow),
    ...(opts.spareRows === undefined ? {} : { spareRows: opts.spareRows }),
    ...(opts.summaries ? { summaries: true } : {}),
  });
}

export function buildTemplate(input: TemplateInput): TemplateDescription {
  const set = getSet(input.set);
  const title = `แบบประเมินสมรรถนะหลัก — ${set.nameTh}`;
  const [summary, ...perPerson] = summarySheets(input);
  return {
    title,
    font: FONT,
    sheets: [
      scoreSheet(input, title),
      summary!,
      ...perPerson,
      ...(hasPlanSheet(input) ? [planSheet(input)] : []),
      settingsSheet(input),
      bandsSheet(input.bands),
      expectedSheet(input),
      dictionarySheet(input.set),
    ],
  };
}
