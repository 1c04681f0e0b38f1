/**
 * One person at a time: a level per competency with its full title, live points, and the totals
 * kept in view; a person list to move between people, and add / change / remove a person.
 * Narrow enough for Firefox's sidebar (about 250 px) and Chrome's side panel (about 400 px).
 */
import { useState } from 'preact/hooks';
import { COMPETENCY_CODES, type CompetencyCode, getLevel } from '../../shared/dictionary';
import type { Problem } from '../../shared/interchange';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { METHOD_RULES } from '../../shared/rules';
import { parseThaiNumber } from '../../shared/text/normalize';
import { editPerson, removePerson, scoreOf, setAchievement, setCompetency } from './assessment-edit';
import { CompetencyEvidence } from './EvidenceChecklist';
import { nameWords } from './keep-thai-words';
import { competencyName, METHOD_LABELS, SET_LABELS } from './labels';
import { infoOf, PersonForm } from './PersonForm';
import { PersonPlan } from './PersonPlan';
import { SelfLevel } from './SelfLevel';

function optionLabel(a: ResolvedAssessment, code: CompetencyCode, n: number): string {
  if (a.method === 'rating') return `${n}`;
  const title = getLevel(a.set, code, n)?.title;
  return title ? `${n} — ${title}` : `${n}`;
}

function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toFixed(2);
}

/** The set, method and weights the scores are worked out with, in plain Thai. */
export function basisParts(a: ResolvedAssessment): string[] {
  return [
    SET_LABELS[a.set],
    METHOD_LABELS[a.method],
    `น้ำหนัก ผลสัมฤทธิ์ ${a.weights.achievement} / สมรรถนะ ${a.weights.competency}`,
  ];
}

function CompetencyChoice({
  a,
  person,
  code,
  expected,
  points,
  onChange,
}: {
  a: ResolvedAssessment;
  person: Person;
  code: CompetencyCode;
  expected: number | undefined;
  points: number | undefined;
  onChange: (next: ResolvedAssessment) => void;
}) {
  const { min, max } = METHOD_RULES[a.method].range(a.set, code);
  const value = person.competencies[code];
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const level = value === undefined || a.method === 'rating' ? undefined : getLevel(a.set, code, value);
  const name = competencyName(a.set, code);
  return (
    <div class="competency" data-competency={code}>
      <h4>{name}</h4>
      <select
        aria-label={`${person.name}: ${name}`}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(setCompetency(a, person.id, code, v === '' ? undefined : Number(v)));
        }}
      >
        <option value="">— ยังไม่ประเมิน —</option>
        {values.map((n) => (
          <option key={n} value={String(n)}>
            {optionLabel(a, code, n)}
          </option>
        ))}
      </select>
      {level && (
        <p class="level-title">
          ระดับ {level.level}: {level.title}
        </p>
      )}
      <small class="cell-score">
        {expected !== undefined && a.method !== 'rating' ? `คาดหวัง ${expected} · ` : ''}
        {points !== undefined ? `${points} คะแนน` : ''}
      </small>
      <SelfLevel a={a} person={person} code={code} onChange={onChange} />
      <CompetencyEvidence a={a} person={person} code={code} onChange={onChange} />
    </div>
  );
}

function Achievement({
  a,
  person,
  onChange,
}: {
  a: ResolvedAssessment;
  person: Person;
  onChange: (next: ResolvedAssessment) => void;
}) {
  return (
    <div class="field achievement">
      <label for={`ach-${person.id}`}>ผลสัมฤทธิ์ของงาน (0–100)</label>
      <input
        id={`ach-${person.id}`}
        type="text"
        inputMode="decimal"
        aria-label={`${person.name}: ผลสัมฤทธิ์ของงาน (0–100)`}
        value={person.achievement === undefined ? '' : String(person.achievement)}
        onChange={(e) => {
          const text = e.currentTarget.value.trim();
          const n = text === '' ? undefined : parseThaiNumber(text);
          if (n === null || (n !== undefined && (n < 0 || n > 100))) {
            e.currentTarget.setCustomValidity('ใส่ตัวเลข 0–100');
            e.currentTarget.reportValidity();
            return;
          }
          e.currentTarget.setCustomValidity('');
          onChange(setAchievement(a, person.id, n));
        }}
      />
    </div>
  );
}

/** Change or remove the person on screen; removing asks once more. */
function PersonActions({
  a,
  person,
  onChange,
  onSelect,
}: {
  a: ResolvedAssessment;
  person: Person;
  onChange: (next: ResolvedAssessment) => void;
  onSelect: (id: string) => void;
}) {
  const [mode, setMode] = useState<'none' | 'edit' | 'remove'>('none');
  const info = infoOf(a, person.id);
  if (mode === 'edit' && info)
    return (
      <PersonForm
        key={person.id}
        initial={info}
        submitLabel="บันทึกข้อมูลผู้รับการประเมิน"
        onCancel={() => setMode('none')}
        onSubmit={(next): Problem[] | null => {
          const r = editPerson(a, person.id, next);
          if ('problems' in r) return r.problems;
          setMode('none');
          onChange(r.assessment);
          onSelect(next.id.trim());
          return null;
        }}
      />
    );
  if (mode === 'remove')
    return (
      <div class="confirm">
        <p>ลบ {nameWords(person.name)} ออกจากแบบประเมิน? ระดับที่เลือกไว้ของคนนี้จะหายไปด้วย</p>
        <div class="row">
          <button
            type="button"
            class="danger"
            onClick={() => {
              const i = a.people.indexOf(person);
              const neighbour = a.people[i + 1] ?? a.people[i - 1];
              onChange(removePerson(a, person.id));
              if (neighbour) onSelect(neighbour.id);
            }}
          >
            ลบ {nameWords(person.name)}
          </button>
          <button type="button" onClick={() => setMode('none')}>
            ไม่ลบ
          </button>
        </div>
      </div>
    );
  return (
    <div class="row">
      <button type="button" onClick={() => setMode('edit')}>
        แก้ชื่อ / ตำแหน่ง
      </button>
      <button type="button" onClick={() => setMode('remove')}>
        ลบคนนี้
      </button>
    </div>
  );
}

export function Editor({
  a,
  onChange,
  current,
  onCurrent,
}: {
  a: ResolvedAssessment;
  onChange: (next: ResolvedAssessment) => void;
  /** The person on screen (by id); the first one when missing. */
  current?: string | null;
  onCurrent?: (id: string) => void;
}) {
  const [own, setOwn] = useState<string | null>(null);
  const shownId = current !== undefined ? current : own;
  const select = onCurrent ?? setOwn;
  const index = Math.max(
    0,
    a.people.findIndex((p) => p.id === shownId),
  );
  const person = a.people[index];
  if (!person) return null;
  const result = scoreOf(a, person);
  const score = 'score' in result ? result.score : null;
  const go = (i: number) => {
    const p = a.people[i];
    if (p) select(p.id);
  };

  return (
    <section class="person-editor" aria-label="กรอกระดับสมรรถนะทีละคน">
      {/* Each part kept whole: lines break between the parts only. */}
      <p class="basis">
        {basisParts(a).map((part, i) => (
          <span key={part}>
            {i > 0 && ' · '}
            <span class="nowrap">{part}</span>
          </span>
        ))}
      </p>
      <div class="person-nav">
        <button type="button" aria-label="คนก่อนหน้า" disabled={index === 0} onClick={() => go(index - 1)}>
          ‹
        </button>
        <select aria-label="ผู้รับการประเมิน" value={person.id} onChange={(e) => select(e.currentTarget.value)}>
          {a.people.map((p, i) => (
            <option key={p.id} value={p.id}>
              {i + 1}. {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label="คนถัดไป"
          disabled={index === a.people.length - 1}
          onClick={() => go(index + 1)}
        >
          ›
        </button>
      </div>
      <article class="person" aria-labelledby="person-h" data-person-id={person.id}>
        <h3 id="person-h">
          {nameWords(person.name)}{' '}
          <small class="muted nowrap">
            (คนที่ {index + 1} จาก {a.people.length})
          </small>
        </h3>
        <p class="muted person-info">
          รหัส <span class="id">{person.id}</span>
          {person.positionType || person.positionLevel
            ? ` · ${[person.positionType, person.positionLevel].filter(Boolean).join(' ')}`
            : ''}
        </p>
        <PersonActions key={person.id} a={a} person={person} onChange={onChange} onSelect={select} />
        {COMPETENCY_CODES.map((code) => (
          <CompetencyChoice
            key={code}
            a={a}
            person={person}
            code={code}
            expected={score?.expected[code]}
            points={score?.points[code]}
            onChange={onChange}
          />
        ))}
        <Achievement key={person.id} a={a} person={person} onChange={onChange} />
        <PersonPlan a={a} person={person} onChange={onChange} />
      </article>
      <div class="totals" aria-live="polite">
        <span>
          สมรรถนะ{' '}
          <strong class="num" data-col="competencyScore">
            {score ? fmt(score.competencyScore) : '—'}
          </strong>
        </span>
        <span>
          รวม{' '}
          <strong class="num" data-col="total">
            {score ? fmt(score.total) : '—'}
          </strong>
        </span>
        <span data-col="band">
          {score ? (
            (score.band ?? 'ยังไม่มีผลสัมฤทธิ์')
          ) : 'problem' in result ? (
            <span class="error">{result.problem}</span>
          ) : (
            '—'
          )}
        </span>
      </div>
      <Summary a={a} current={person.id} onSelect={select} />
    </section>
  );
}

/** Everyone's total and band at a glance; a name takes you to that person. */
function Summary({
  a,
  current,
  onSelect,
}: {
  a: ResolvedAssessment;
  current: string;
  onSelect: (id: string) => void;
}) {
  return (
    <details class="summary-list" open>
      <summary>ทุกคน ({a.people.length} คน)</summary>
      <table class="people-summary">
        <thead>
          <tr>
            <th scope="col">ชื่อ</th>
            <th scope="col" class="num">
              รวม
            </th>
            <th scope="col">ผล</th>
          </tr>
        </thead>
        <tbody>
          {a.people.map((p) => {
            const r = scoreOf(a, p);
            const s = 'score' in r ? r.score : null;
            return (
              <tr key={p.id} aria-current={p.id === current ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => onSelect(p.id)}>
                    {nameWords(p.name)}
                  </button>
                </th>
                <td class="num">{s ? fmt(s.total) : '—'}</td>
                <td>{s ? (s.band ?? '—') : 'ยังไม่ครบ'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
