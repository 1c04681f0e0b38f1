/**
 * The fill engine's public shapes (docs/fill-engine.md), site profiles included: the engine owns
 * its contract, and teach mode (extension/profiles) builds on it. Everything here survives JSON /
 * structured cloning.
 */
import type { CompetencyCode, SetId } from '../../shared/dictionary/types';
import type { Method, Person, PlanText } from '../../shared/interchange/types';

/** The controls the engine fills (and teach mode may record). */
export const CONTROL_KINDS = ['radio', 'select', 'text', 'checkbox'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];
/** What the engine scans and fills: those, and text areas (evidence and development-plan texts). */
export type FieldControl = ControlKind | 'textarea';

/** What a control holds: the displayed level, or the points computed from it by the method in use. */
export const VALUE_KINDS = ['level', 'points'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * What a scanned field is for, where it is not the level: points, evidence text (เหตุการณ์/พฤติกรรม),
 * the appraisee's self-assessment, a development-plan text. A `textarea` field always has a purpose.
 */
export type Purpose = 'level' | 'points' | 'evidence' | 'self' | 'plan';
/** What a report entry is about where it is not the evaluator's level (or points): the person's own data. */
export type EntryPurpose = 'evidence' | 'self' | 'plan';

export interface FieldMapping {
  /**
   * CSS selector of the control (one radio is enough for its whole group, one checkbox for the
   * checkboxes that share its name or row). Relative to each row when the profile has `rows`.
   */
  selector: string;
  competency: CompetencyCode;
  /** Person id or name this control belongs to; or a selector of the element naming the person. */
  evaluatee?: string;
  control: ControlKind;
  /** Default 'level'. */
  valueKind?: ValueKind;
}

export interface RowMapping {
  /** Selects one element per person (a grid row); field selectors are then relative to it. */
  selector: string;
  /** Inside a row, the element whose text is the person's id or name; default the whole row's text. */
  personCell?: string;
}

/**
 * A site profile: what teach mode records when automatic matching cannot read a form. Given to
 * `scan` / `fill`, its mappings take precedence over automatic matching.
 */
export interface SiteProfile {
  version: 1;
  /**
   * What the profile is for: an origin (https://dpis.example.go.th), a host (dpis.example.go.th), or a
   * host pattern (*.example.go.th: the host and its subdomains). A host or a pattern covers every port
   * unless it names one (dpis.example.go.th:8443).
   */
  site: string;
  /** A name the person gave the profile. */
  name?: string;
  fields: FieldMapping[];
  rows?: RowMapping;
}

export interface ScannedField {
  competency: CompetencyCode;
  control: FieldControl;
  /** The person the control belongs to, as the page names them (grid forms only). */
  evaluatee?: string;
  /** The page text that named the competency. */
  label: string;
  valueKind: ValueKind;
  /** A selector of the control (its first element for radio and checkbox groups). */
  selector: string;
  /** CSS paths of the iframes the control is in, outermost first; empty in the top document. */
  frames: string[];
  /**
   * What the field is for where it is not the level: 'points', 'self' (the appraisee's own column),
   * 'evidence' (the text beside a competency), 'plan' (a development-plan text, with its `part`).
   */
  purpose?: Purpose;
  /** Plan fields: which text of the plan row the box takes. */
  part?: PlanText;
  /**
   * What the control shows now, as `fill` reports it in `from`: the level (or points) as digits, ''
   * when empty (an unreadable select option: its text). Lets the extension read a filled form back.
   */
  value?: string;
}

/** A scanned field as the extension reads a filled form back: the level its `value` shows. */
export interface ReadField extends ScannedField {
  /** null when the field is empty, holds points or a text, or shows no level (a self-assessment box's is the appraisee's). */
  level: number | null;
}

export interface ScanResult {
  fields: ScannedField[];
  /** People found on the page (grid rows, per-person sections), by the name or id the page shows. */
  evaluatees: string[];
}

export interface FillInput {
  people: Person[];
  /** Competency set of the values; default 'bma'. Level titles of both sets are recognised either way. */
  set?: SetId | string;
  /** Scoring method; decides the points written into points boxes. Default 'gap'. */
  method?: Method | string;
  /** Replace values already on the page. Default false: such fields are reported as skipped. */
  overwrite?: boolean;
  /**
   * Fill boxes holding only the zero a never-saved form puts in every level box (skipped with code
   * `default-zero` otherwise), while still leaving every other value. Implied by `overwrite`.
   */
  fillZeros?: boolean;
  /**
   * Also fill the appraisee's self-assessment column (DPIS `SHOW_KC_SELF`) from each person's
   * `self`. Default false: that column is never touched.
   */
  fillSelf?: boolean;
  profile?: SiteProfile;
}

/** Where a report entry is about the person's evidence, self-assessment or plan (absent: the level). */
interface EntryAbout {
  purpose?: EntryPurpose;
  /** Plan entries: the text of the plan row (goal, method, period, measure). */
  part?: PlanText;
}

export interface FilledField extends EntryAbout {
  competency: CompetencyCode;
  /** The person's id. */
  evaluatee?: string;
  /** What the control showed before and after: a level or points as digits, '' for empty; a text area's text. */
  from: string;
  to: string;
}

/** Why a field was skipped, for programs: the panel offers to fill `default-zero` boxes in one click. */
export type SkipCode =
  /** It holds a value (not filled without `overwrite`). */
  | 'has-value'
  /** It holds a zero that may be the form's own default ("0", "0.00" in every level box). */
  | 'default-zero'
  /** It holds the value already. */
  | 'same'
  /** No choice stands for the value, or none can be read as a level. */
  | 'no-choice'
  | 'unreadable'
  /** The page cancelled the change. */
  | 'refused'
  /** The input has no value for it, or one outside the competency's range. */
  | 'no-value'
  | 'out-of-range'
  /** Points need an expected level that is known nowhere. */
  | 'no-expected'
  /** Whose field it is cannot be told. */
  | 'ambiguous-person'
  | 'unknown-person'
  /** A site profile's mapping does not fit this page. */
  | 'profile'
  /** The text is longer than the box takes (its maxlength). */
  | 'too-long'
  /** Plan: the form takes one plan row at a time; this one is for the next time (after saving). */
  | 'next-row';

export interface SkippedField extends EntryAbout {
  competency: CompetencyCode;
  evaluatee?: string;
  /** In Thai, for the person filling the form. */
  reason: string;
  code: SkipCode;
}

export interface MissingField extends EntryAbout {
  competency: CompetencyCode;
  evaluatee?: string;
}

/** One control the engine changed, enough to find it again and put it back. */
export interface UndoEntry {
  /** CSS paths of the iframes holding the control, outermost first. */
  frames: string[];
  selector: string;
  control: FieldControl;
  /** text, textarea: the value; select: the selectedIndex; checkbox: checked; radio: checked (always true after). */
  before: string | number | boolean;
  after: string | number | boolean;
  /** radio only: the radio that was checked before, or null when none was. */
  previous?: string | null;
}

export interface FillReport {
  filled: FilledField[];
  skipped: SkippedField[];
  missing: MissingField[];
  /** What `undo` needs; plain data, so the report can travel between the page and the side panel. */
  undo: UndoEntry[];
}

export interface UndoResult {
  restored: number;
  /** Controls left alone because they no longer hold what `fill` put there (someone changed them since). */
  changedSince: number;
  /** Controls that are no longer on the page. */
  gone: number;
}
