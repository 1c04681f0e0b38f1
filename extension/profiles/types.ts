/**
 * A site profile: what teach mode records when automatic matching cannot read a form. Given to the
 * fill engine's `scan` / `fill`, its mappings take precedence over automatic matching.
 */
import type { CompetencyCode } from '../../shared/dictionary/types';

export type ControlKind = 'radio' | 'select' | 'text' | 'checkbox';

/** What a control holds: the displayed level, or the points computed from it by the method in use. */
export type ValueKind = 'level' | 'points';

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
