/** Indicator lookup over both competency sets, and a browser of every level of one competency. */

import { useMemo, useState } from 'preact/hooks';
import {
  type CompetencyCode,
  DEFAULT_SET,
  getCompetency,
  type Level,
  type SetId,
} from '../../shared/dictionary';
import { searchIndicators } from '../../shared/search';
import { Field } from './Field';
import { competencyName, SET_LABELS, SET_TAGS } from './labels';
import { CompetencyOptions, SetOptions } from './Options';

export function LevelDetails({
  set,
  code,
  level,
  heading = 'h4',
}: {
  set: SetId;
  code: CompetencyCode;
  level: Level;
  heading?: 'h3' | 'h4';
}) {
  const H = heading;
  return (
    <article class="level" aria-label={`${competencyName(set, code)} ระดับ ${level.level}`}>
      <H>
        ระดับ {level.level}: {level.title}
      </H>
      {level.missingFromSource && (
        <p class="note warn">
          <strong>ไม่มีในต้นฉบับ</strong> — {level.textSource ?? 'ไม่ทราบแหล่งข้อความ'}
        </p>
      )}
      {level.titleOriginal && (
        <p class="note">
          ชื่อระดับในต้นฉบับ: <q>{level.titleOriginal}</q>
        </p>
      )}
      {level.indicators.length > 0 ? (
        <ul class="indicators">
          {level.indicators.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">ไม่มีพฤติกรรมบ่งชี้</p>
      )}
      {level.corrections && level.corrections.length > 0 && (
        <details class="corrections">
          <summary>แก้ไขจากต้นฉบับ {level.corrections.length} จุด</summary>
          <ul>
            {level.corrections.map((c) => (
              <li key={`${c.field}:${c.original}`}>
                <del>{c.original}</del> → <ins>{c.corrected}</ins>
                <br />
                <small>{c.reason}</small>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

function LevelBrowser({ initialSet }: { initialSet: SetId }) {
  const [set, setSet] = useState<SetId>(initialSet);
  const [code, setCode] = useState<CompetencyCode>('ACH');
  const competency = getCompetency(set, code);
  return (
    <section aria-labelledby="browse-h">
      <h3 id="browse-h">ดูทุกระดับของสมรรถนะ</h3>
      <div class="row">
        <Field label="ฉบับ">
          {(id) => (
            <select id={id} value={set} onChange={(e) => setSet(e.currentTarget.value as SetId)}>
              <SetOptions />
            </select>
          )}
        </Field>
        <Field label="สมรรถนะ">
          {(id) => (
            <select id={id} value={code} onChange={(e) => setCode(e.currentTarget.value as CompetencyCode)}>
              <CompetencyOptions set={set} />
            </select>
          )}
        </Field>
      </div>
      <p class="definition">{competency.definition}</p>
      {competency.levels.map((l) => (
        <LevelDetails key={l.level} set={set} code={code} level={l} />
      ))}
    </section>
  );
}

export function Lookup({ set: chosen }: { set?: SetId | undefined } = {}) {
  const [query, setQuery] = useState('');
  const [set, setSet] = useState<SetId | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const hits = useMemo(
    () => (query.trim() ? searchIndicators(query, { limit: 20, ...(set ? { set } : {}) }) : []),
    [query, set],
  );
  return (
    <div>
      <section aria-labelledby="search-h">
        <h2 id="search-h">ค้นหาพฤติกรรมบ่งชี้</h2>
        <form class="row" aria-label="ค้นหา" onSubmit={(e) => e.preventDefault()}>
          <Field label="คำค้น (ชื่อสมรรถนะ ระดับ หรือพฤติกรรมบ่งชี้)" class="grow">
            {(id) => (
              <input
                id={id}
                type="search"
                value={query}
                placeholder="เช่น ตรงต่อเวลา หรือ จริยธรรม ระดับ 2"
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="ค้นในฉบับ">
            {(id) => (
              <select id={id} value={set} onChange={(e) => setSet(e.currentTarget.value as SetId | '')}>
                <option value="">ทั้งสองฉบับ</option>
                <SetOptions />
              </select>
            )}
          </Field>
        </form>
        <p class="muted" aria-live="polite">
          {query.trim() ? (hits.length ? `พบ ${hits.length} รายการ` : 'ไม่พบรายการที่ตรงกับคำค้น') : ''}
        </p>
        <ol class="hits">
          {hits.map((h) => {
            const id = `${h.set}:${h.competency}:${h.level}`;
            const level = getCompetency(h.set, h.competency).levels.find((l) => l.level === h.level);
            return (
              <li key={id}>
                <button
                  type="button"
                  class="hit"
                  aria-expanded={open === id}
                  onClick={() => setOpen(open === id ? null : id)}
                >
                  <span class="tag" title={SET_LABELS[h.set]}>
                    {SET_TAGS[h.set]}
                  </span>{' '}
                  {competencyName(h.set, h.competency)} · ระดับ {h.level}: {h.title}
                  {h.text !== h.title && <span class="snippet">{h.text}</span>}
                </button>
                {open === id && level && (
                  <LevelDetails set={h.set} code={h.competency} level={level} heading="h3" />
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <LevelBrowser initialSet={chosen ?? DEFAULT_SET} />
    </div>
  );
}
