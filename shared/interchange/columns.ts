/**
 * The columns a writer gives a table of people (CSV, a sheet): the person fields, one level column
 * per competency, then each family of per-competency columns that some person has — expected
 * levels, self-assessment, evidence, and the plan's texts grouped by competency — so a file without
 * them is written as before.
 */
import { COMPETENCY_CODES, type CompetencyCode, DEFAULT_SET, type SetId } from '../dictionary/types';
import { type CompetencyFamily, type Field, headerFor, PLAN_FAMILIES } from './headers';
import { type Person, PLAN_TEXTS, type PlanText } from './types';

export interface TableColumn {
  header: string;
  /** Free text (a spreadsheet must never run it as a formula) rather than a number. */
  text: boolean;
  value: (p: Person) => string | number | undefined;
}

const FIELDS = ['id', 'name', 'positionType', 'positionLevel', 'achievement'] as const satisfies Field[];

/** The plan text a person has for a competency. */
export function planText(p: Person, code: CompetencyCode, key: PlanText): string | undefined {
  return p.plan?.find((e) => e.competency === code)?.[key];
}

const hasAny = (people: readonly Person[], family: CompetencyFamily): boolean =>
  people.some((p) => {
    if (family === 'expected' || family === 'self' || family === 'evidence')
      return Object.values(p[family] ?? {}).some((v) => v !== undefined);
    const key = family.slice('plan.'.length) as PlanText;
    return (p.plan ?? []).some((e) => e[key] !== undefined);
  });

export function tableColumns(a: { set?: SetId; people: readonly Person[] }, thai: boolean): TableColumn[] {
  const set = a.set ?? DEFAULT_SET;
  const cols: TableColumn[] = FIELDS.map((field) => ({
    header: headerFor({ kind: 'field', field }, set, thai),
    text: field !== 'achievement',
    value: (p) => p[field],
  }));
  cols.push(
    ...COMPETENCY_CODES.map((code) => ({
      header: headerFor({ kind: 'level', code }, set, thai),
      text: false,
      value: (p: Person) => p.competencies[code],
    })),
  );
  for (const family of ['expected', 'self', 'evidence'] as const) {
    if (!hasAny(a.people, family)) continue;
    cols.push(
      ...COMPETENCY_CODES.map((code) => ({
        header: headerFor({ kind: family, code }, set, thai),
        text: family === 'evidence',
        value: (p: Person) => p[family]?.[code],
      })),
    );
  }
  const planKeys = PLAN_TEXTS.filter((key) => hasAny(a.people, PLAN_FAMILIES[key]));
  for (const code of COMPETENCY_CODES) {
    for (const key of planKeys) {
      cols.push({
        header: headerFor({ kind: PLAN_FAMILIES[key], code }, set, thai),
        text: true,
        value: (p) => planText(p, code, key),
      });
    }
  }
  return cols;
}
