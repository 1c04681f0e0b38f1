/**
 * Build a template: set, method, round, weights and the people (pasted or imported as interchange
 * JSON or CSV, read here with shared/interchange so every problem is listed before anything is written).
 */
import { useState } from 'preact/hooks';
import { DEFAULT_SET, SET_IDS, SET_LABELS, type SetId } from '../../shared/dictionary/types';
import {
  DEFAULT_METHOD,
  ImportError,
  METHOD_LABELS,
  METHODS,
  type Method,
  type Problem,
  parseAssessment,
} from '../../shared/interchange';
import { errorText } from '../../shared/problem';
import { roundOf } from '../../shared/rules/rounds';
import { Problems } from './Problems';
import type { Server } from './server';
import { useServerCall } from './use-server-call';

interface Source {
  input: Uint8Array | string;
  name: string;
}

export function BuildPanel({ server, onStatus }: { server: Server; onStatus: (text: string) => void }) {
  const now = roundOf(new Date());
  const [set, setSet] = useState<SetId>(DEFAULT_SET);
  const [method, setMethod] = useState<Method>(DEFAULT_METHOD);
  const [fiscalYear, setFiscalYear] = useState(String(now.fiscalYear));
  const [round, setRound] = useState<1 | 2>(now.round);
  const [achievementWeight, setAchievementWeight] = useState('70');
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Source | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, run } = useServerCall(onStatus);
  const [canReplace, setCanReplace] = useState(false);

  const wa = Number(achievementWeight);
  const weightsOk = achievementWeight.trim() !== '' && Number.isFinite(wa) && wa >= 0 && wa <= 100;

  const source = (): Source | null =>
    file ? file : pasted.trim() ? { input: pasted, name: 'ข้อความที่วาง' } : null;

  const onFile = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    setProblems([]);
    if (!f) {
      setFile(null);
      return;
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    setFile({ input: bytes, name: f.name });
    // A JSON file carries its own set, method, weights and round: show them in the form.
    try {
      const a = parseAssessment(bytes, f.name);
      if (/\.json$/i.test(f.name)) {
        setSet(a.set);
        setMethod(a.method);
        setAchievementWeight(String(a.weights.achievement));
        if (a.round) {
          setFiscalYear(String(a.round.fiscalYear));
          setRound(a.round.round);
        }
      }
      onStatus(`อ่านไฟล์ ${f.name} แล้ว: ${a.people.length} คน`);
    } catch (err) {
      if (err instanceof ImportError) setProblems(err.problems);
      else onStatus(errorText(err));
    }
  };

  const build = async (replace: boolean) => {
    setProblems([]);
    setCanReplace(false);
    if (!weightsOk) {
      onStatus('น้ำหนักผลสัมฤทธิ์ต้องเป็นตัวเลข 0–100');
      return;
    }
    const weights = { achievement: wa, competency: Math.round((100 - wa) * 100) / 100 };
    const fy = Number(fiscalYear);
    if (!Number.isInteger(fy) || fy < 2500 || fy > 2700) {
      onStatus('ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569');
      return;
    }
    let people: Parameters<Server['buildScoringTemplate']>[0]['people'] = [];
    const src = source();
    if (src) {
      try {
        people = parseAssessment(src.input, src.name, { set, method, weights }).people;
      } catch (err) {
        if (err instanceof ImportError) {
          setProblems(err.problems);
          onStatus('ยังไม่ได้สร้างแม่แบบ: รายชื่อมีจุดที่ต้องแก้');
          return;
        }
        throw err;
      }
    }
    onStatus('กำลังสร้างแม่แบบ…');
    await run(
      async () => {
        const r = await server.buildScoringTemplate({
          set,
          method,
          weights,
          round: { fiscalYear: fy, round },
          people,
          replace,
        });
        onStatus(
          `สร้างแม่แบบในชีต "${r.sheet}" แล้ว: ${r.people} คน (${SET_LABELS[r.set]} · ${METHOD_LABELS[r.method]})`,
        );
      },
      (text) => {
        setCanReplace(/อยู่แล้ว/.test(text));
        onStatus(text);
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void build(false);
      }}
    >
      <label for="set">ฉบับสมรรถนะ</label>
      <select
        id="set"
        value={set}
        onChange={(e) => setSet((e.currentTarget as HTMLSelectElement).value as SetId)}
      >
        {SET_IDS.map((s) => (
          <option key={s} value={s}>
            {SET_LABELS[s]}
          </option>
        ))}
      </select>

      <label for="method">วิธีคิดคะแนน</label>
      <select
        id="method"
        value={method}
        onChange={(e) => setMethod((e.currentTarget as HTMLSelectElement).value as Method)}
      >
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_LABELS[m]}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>รอบการประเมิน</legend>
        <label for="fy">ปีงบประมาณ (พ.ศ.)</label>
        <input
          id="fy"
          inputMode="numeric"
          value={fiscalYear}
          onInput={(e) => setFiscalYear((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="round">รอบ</label>
        <select
          id="round"
          value={String(round)}
          onChange={(e) => setRound((e.currentTarget as HTMLSelectElement).value === '2' ? 2 : 1)}
        >
          <option value="1">รอบที่ 1 (1 ต.ค.–31 มี.ค.)</option>
          <option value="2">รอบที่ 2 (1 เม.ย.–30 ก.ย.)</option>
        </select>
      </fieldset>

      <label for="wa">น้ำหนักผลสัมฤทธิ์ของงาน (ร้อยละ)</label>
      <input
        id="wa"
        inputMode="decimal"
        value={achievementWeight}
        aria-describedby="wc"
        onInput={(e) => setAchievementWeight((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="wc" class="hint">
        น้ำหนักสมรรถนะ: {weightsOk ? Math.round((100 - wa) * 100) / 100 : '–'} (รวมกันได้ 100)
      </p>

      <label for="people">รายชื่อ (วาง JSON หรือ CSV ที่มีหัวตาราง เช่น รหัส, ชื่อ-สกุล, …)</label>
      <textarea
        id="people"
        rows={6}
        value={pasted}
        onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for="file">หรือเลือกไฟล์ (.json / .csv)</label>
      <input
        id="file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={(e) => void onFile(e)}
      />
      <p class="hint">เว้นว่างได้: จะได้แม่แบบเปล่าให้กรอกรายชื่อเอง</p>

      <div class="actions">
        <button type="submit" disabled={busy}>
          สร้างแม่แบบ
        </button>
        {canReplace && (
          <button type="button" disabled={busy} onClick={() => void build(true)}>
            แทนที่แม่แบบเดิม
          </button>
        )}
      </div>
      <Problems title="รายชื่อมีจุดที่ต้องแก้" problems={problems} />
    </form>
  );
}
