/**
 * Level titles of both competency sets, as match keys, for recognising a choice labelled with a
 * title. scripts/build-engine.ts replaces this module in dist/fill-engine.js with precomputed
 * entries whose keys are cut to their first characters (enough to tell levels apart), keeping
 * each full key's length.
 */
import { allSets } from '../../shared/dictionary';
import type { CompetencyCode } from '../../shared/dictionary/types';
import { matchKey } from '../../shared/text/normalize';

export interface TitleEntry {
  code: CompetencyCode;
  level: number;
  /** The title's match key, or its beginning. */
  key: string;
  /** Length of the whole title's match key. */
  length: number;
}

export function levelTitles(): TitleEntry[] {
  return allSets().flatMap((set) =>
    set.competencies.flatMap((c) =>
      c.levels
        .filter((l) => l.title)
        .map((l) => {
          const key = matchKey(l.title);
          return { code: c.code, level: l.level, key, length: key.length };
        }),
    ),
  );
}
