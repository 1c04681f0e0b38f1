/** Pure edits of an assessment: each returns a new assessment and leaves the old one untouched. */
import type { CompetencyCode, SetId } from '../../shared/dictionary';
import {
  assessmentToJson,
  ImportError,
  missingCompetencies,
  type Problem,
  parseAssessment,
} from '../../shared/interchange';
import {
  FORMAT,
  type Method,
  type Person,
  PLAN_TEXTS,
  type PlanEntry,
  type PlanText,
  type ResolvedAssessment,
  VERSION,
} from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import { type PersonScore, scorePerson } from '../../shared/rules';
import { competencyName } from './labels';

/** What a part of the editor about one competency of one person is given. */
export interface CompetencyPart {
  a: ResolvedAssessment;
  person: Person;
  code: CompetencyCode;
  onChange: (next: ResolvedAssessment) => void;
}

function updatePerson(a: ResolvedAssessment, id: string, change: (p: Person) => Person): ResolvedAssessment {
  return { ...a, people: a.people.map((p) => (p.id === id ? change(p) : p)) };
}

/** A copy of a per-competency record with one entry set, or taken out when the value is undefined. */
function withEntry<V>(
  record: Partial<Record<CompetencyCode, V>> | undefined,
  code: CompetencyCode,
  value: V | undefined,
): Partial<Record<CompetencyCode, V>> {
  const next = { ...record };
  if (value === undefined) delete next[code];
  else next[code] = value;
  return next;
}

/** The person with an optional per-competency record replaced; a record left empty is left out. */
function withOptional<K extends 'self' | 'evidence'>(
  p: Person,
  key: K,
  record: NonNullable<Person[K]>,
): Person {
  const next: Person = { ...p, [key]: record };
  if (Object.keys(record).length === 0) delete next[key];
  return next;
}

export function setCompetency(
  a: ResolvedAssessment,
  id: string,
  code: CompetencyCode,
  value: number | undefined,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => ({ ...p, competencies: withEntry(p.competencies, code, value) }));
}

export function setAchievement(
  a: ResolvedAssessment,
  id: string,
  value: number | undefined,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => {
    const next = { ...p };
    if (value === undefined) delete next.achievement;
    else next.achievement = value;
    return next;
  });
}

/** A person's score, or why it cannot be worked out yet (a level not chosen, an unknown position). */
export function scoreOf(a: ResolvedAssessment, p: Person): { score: PersonScore } | { problem: string } {
  const missing = missingCompetencies(p);
  if (missing.length > 0)
    return { problem: `ยังไม่ได้เลือกระดับ: ${missing.map((c) => competencyName(a.set, c)).join(', ')}` };
  try {
    return { score: scorePerson(p, { set: a.set, method: a.method, weights: a.weights, bands: a.bands }) };
  } catch (e) {
    return { problem: errorText(e) };
  }
}

interface ChangeOf {
  personId: string;
  personName: string;
  competency: CompetencyCode;
}

/** What reading a page back changes: a level (the evaluator's, or the self-assessment), or an evidence text. */
export type ReadBackChange =
  | (ChangeOf & { kind?: 'level' | 'self'; from: number | undefined; to: number })
  | (ChangeOf & { kind: 'evidence'; from: string | undefined; to: string });

/** Sets a competency's self-assessment level; undefined clears it (a person left with none has no `self`). */
export function setSelf(
  a: ResolvedAssessment,
  id: string,
  code: CompetencyCode,
  value: number | undefined,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => withOptional(p, 'self', withEntry(p.self, code, value)));
}

/** Applies what was read from a page; only the listed changes, nothing else. */
export function applyChanges(a: ResolvedAssessment, changes: readonly ReadBackChange[]): ResolvedAssessment {
  return changes.reduce((acc, c) => {
    if (c.kind === 'evidence') return setEvidence(acc, c.personId, c.competency, c.to);
    if (c.kind === 'self') return setSelf(acc, c.personId, c.competency, c.to);
    return setCompetency(acc, c.personId, c.competency, c.to);
  }, a);
}

/** The details of a person that are typed in the panel (levels are chosen in the editor). */
export interface PersonInfo {
  id: string;
  name: string;
  positionType: string;
  positionLevel: string;
}

/** An empty assessment in the chosen set and method, for people added by hand. */
export function emptyAssessment(set: SetId, method: Method): ResolvedAssessment {
  return parseAssessment(
    JSON.stringify({ format: FORMAT, version: VERSION, set, method, people: [] }),
    'แบบประเมินใหม่.json',
  );
}

/**
 * Runs an edited assessment through the importer's own checks (schema, unique ids, known
 * positions), so a person added or changed by hand is held to the same rules as a file.
 */
export function checked(
  next: ResolvedAssessment,
): { assessment: ResolvedAssessment } | { problems: Problem[] } {
  try {
    return { assessment: parseAssessment(assessmentToJson(next), 'แบบประเมิน.json') };
  } catch (e) {
    if (e instanceof ImportError) return { problems: e.problems };
    return { problems: [{ where: '', message: errorText(e) }] };
  }
}

function withInfo(p: Person, info: PersonInfo): Person {
  const next: Person = { ...p, id: info.id.trim(), name: info.name.trim() };
  for (const key of ['positionType', 'positionLevel'] as const) {
    const v = info[key].trim();
    if (v) next[key] = v;
    else delete next[key];
  }
  return next;
}

/** Adds a person at the end; the assessment is unchanged unless the result passes every check. */
export function addPerson(a: ResolvedAssessment, info: PersonInfo) {
  return checked({ ...a, people: [...a.people, withInfo({ id: '', name: '', competencies: {} }, info)] });
}

/** Changes a person's id, name or position (their levels stay); checked like an import. */
export function editPerson(a: ResolvedAssessment, id: string, info: PersonInfo) {
  return checked(updatePerson(a, id, (p) => withInfo(p, info)));
}

export function removePerson(a: ResolvedAssessment, id: string): ResolvedAssessment {
  return { ...a, people: a.people.filter((p) => p.id !== id) };
}

/** Sets a competency's evidence text; a blank text removes it (a blank text counts as absent). */
export function setEvidence(
  a: ResolvedAssessment,
  id: string,
  code: CompetencyCode,
  text: string,
): ResolvedAssessment {
  return updatePerson(a, id, (p) =>
    withOptional(p, 'evidence', withEntry(p.evidence, code, text.trim() === '' ? undefined : text)),
  );
}

/** Sets one text of a competency's plan entry (made when first needed); an entry left without text goes. */
export function setPlanText(
  a: ResolvedAssessment,
  id: string,
  code: CompetencyCode,
  key: PlanText,
  text: string,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => {
    const plan = [...(p.plan ?? [])];
    const at = plan.findIndex((e) => e.competency === code);
    const entry: PlanEntry = { ...(plan[at] ?? { competency: code }) };
    if (text.trim() === '') delete entry[key];
    else entry[key] = text;
    const keep = PLAN_TEXTS.some((k) => entry[k] !== undefined && entry[k] !== '');
    if (at >= 0) plan.splice(at, 1, ...(keep ? [entry] : []));
    else if (keep) plan.push(entry);
    const next: Person = { ...p, plan };
    if (plan.length === 0) delete next.plan;
    return next;
  });
}
