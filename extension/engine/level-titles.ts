/** Level titles of both competency sets, as match keys, for recognising a choice labelled with a title. */
import { allSets } from '../../shared/dictionary';
import type { CompetencyCode } from '../../shared/dictionary/types';
import { matchKey } from '../../shared/text/normalize';

export interface TitleEntry {
  code: CompetencyCode;
  level: number;
  /** The title's match key. */
  key: string;
  /** Its length. */
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
