/**
 * Checks that go beyond the schema (levels within the set's range for the method, known
 * positions, unique ids, weights adding up) and fills in defaults. Shared by the JSON and CSV
 * readers so both give the same answers with their own way of saying where.
 */
import { getCompetency, isCompetencyCode, levelRange } from '../dictionary';
import {
  COMPETENCY_CODES,
  type CompetencyCode,
  DEFAULT_SET,
  SET_LABELS,
  type SetId,
} from '../dictionary/types';
import { errorText } from '../problem';
import { DEFAULT_BANDS, sortBands } from '../rules/bands';
import { positionCode } from '../rules/positions';
import { roundProblem } from '../rules/rounds';
import { METHOD_RULES } from '../rules/scoring';
import { DEFAULT_WEIGHTS, type Weights, weightsProblem } from '../rules/weights';
import type { Problem } from './errors';
import { resolveTexts } from './texts';
import {
  type Assessment,
  DEFAULT_METHOD,
  FORMAT,
  METHOD_LABELS,
  type Method,
  type Person,
  type ResolvedAssessment,
  VERSION,
} from './types';

/** Set, method and weights given from outside the file: options that override it, or defaults for what it lacks. */
export interface Overrides {
  set?: SetId;
  method?: Method;
  weights?: Weights;
}

/** Where a file holds its own settings, when not in the `weights` key (a template's settings sheet). */
export interface SettingPlaces {
  weights?: string;
  round?: string;
  bands?: string;
}

/** How a reader names the place of a person's field: a JSON path, or a CSV line and column. */
export type Locate = (personIndex: number, field: string) => string;

/** "คนที่ 12 (P012 นางสุภาพร ใจดี)": a person of a JSON file, counted from 1, with their id and name. */
export function personPlace(i: number, p: { id?: unknown; name?: unknown } | undefined): string {
  const who = [p?.id, p?.name].filter((v): v is string => typeof v === 'string' && v !== '').join(' ');
  return `คนที่ ${i + 1}${who ? ` (${who.length > 60 ? `${who.slice(0, 60)}…` : who})` : ''}`;
}

/** A JSON file's places: the person, then the key as the file writes it. */
export const jsonLocate =
  (people: readonly { id?: unknown; name?: unknown }[]): Locate =>
  (i, field) =>
    `${personPlace(i, people[i])}${field ? `, ช่อง ${field}` : ''}`;

export function resolveAssessment(
  a: Assessment,
  overrides: Overrides = {},
  locate: Locate = jsonLocate(a.people),
  defaults: Overrides = {},
  settingPlaces: SettingPlaces = {},
): { assessment: ResolvedAssessment; problems: Problem[] } {
  const set = overrides.set ?? a.set ?? defaults.set ?? DEFAULT_SET;
  const method = overrides.method ?? a.method ?? defaults.method ?? DEFAULT_METHOD;
  const weights = overrides.weights ?? a.weights ?? defaults.weights ?? { ...DEFAULT_WEIGHTS };
  const bands = sortBands(a.bands ?? DEFAULT_BANDS);
  const problems: Problem[] = [];

  const wp = weightsProblem(weights);
  if (wp) {
    const where = overrides.weights ? '--weights' : (settingPlaces.weights ?? 'ช่อง weights');
    problems.push({ where, message: wp });
  }
  // JSON has passed its schema, which bounds the round the same way; a sheet's is checked here.
  const rp = a.round ? roundProblem(a.round) : null;
  if (rp) problems.push({ where: settingPlaces.round ?? 'ช่อง round', message: rp });
  const labels = new Set<string>();
  bands.forEach((b) => {
    if (labels.has(b.label))
      problems.push({ where: settingPlaces.bands ?? 'ช่อง bands', message: `ชื่อระดับผล "${b.label}" ซ้ำ` });
    labels.add(b.label);
  });

  const rule = METHOD_RULES[method];
  const seen = new Map<string, number>();
  const people = a.people.map((p, i) => {
    const texts = resolveTexts(p, i, locate);
    problems.push(...texts.problems);
    return texts.person;
  });
  a.people.forEach((p, i) => {
    const prev = seen.get(p.id);
    if (prev !== undefined) {
      problems.push({ where: locate(i, 'id'), message: `รหัส "${p.id}" ซ้ำกับคนที่ ${prev + 1}` });
    } else seen.set(p.id, i);

    for (const [code, value] of Object.entries(p.competencies)) {
      if (!isCompetencyCode(code) || value === undefined) continue;
      const { min, max } = rule.range(set, code);
      if (value < min || value > max) {
        problems.push({
          where: locate(i, `competencies.${code}`),
          message: `${method === 'rating' ? 'คะแนน' : 'ระดับ'} ${value} อยู่นอกช่วง ${min}–${max} ของ${getCompetency(set, code).nameTh} (${SET_LABELS[set]}, วิธี${METHOD_LABELS[method]})`,
        });
      }
    }
    for (const [code, value] of Object.entries(p.self ?? {})) {
      if (!isCompetencyCode(code) || value === undefined) continue;
      const { min, max } = rule.range(set, code);
      if (value < min || value > max) {
        problems.push({
          where: locate(i, `self.${code}`),
          message: `ผลประเมินตนเอง ${value} อยู่นอกช่วง ${min}–${max} ของ${getCompetency(set, code).nameTh} (${SET_LABELS[set]}, วิธี${METHOD_LABELS[method]})`,
        });
      }
    }
    for (const [code, value] of Object.entries(p.expected ?? {})) {
      if (!isCompetencyCode(code) || value === undefined) continue;
      const { min, max } = levelRange(set, code);
      if (value < min || value > max) {
        problems.push({
          where: locate(i, `expected.${code}`),
          message: `ระดับที่คาดหวัง ${value} อยู่นอกช่วง ${min}–${max} ของ${getCompetency(set, code).nameTh}`,
        });
      }
    }
    const needsPosition = rule.usesExpected && COMPETENCY_CODES.some((c) => p.expected?.[c] === undefined);
    if (needsPosition) {
      try {
        positionCode(p.positionType, p.positionLevel);
      } catch (e) {
        problems.push({ where: locate(i, 'positionLevel'), message: errorText(e) });
      }
    }
  });

  const assessment: ResolvedAssessment = {
    ...a,
    format: FORMAT,
    version: VERSION,
    set,
    method,
    weights,
    bands,
    people,
  };
  return { assessment, problems };
}

/** Competencies a person has no value for (they can be filled in later, but not scored yet). */
export function missingCompetencies(p: Person): CompetencyCode[] {
  return COMPETENCY_CODES.filter((c) => p.competencies[c] === undefined);
}
