/**
 * Build a template: the settings (build/SettingsFields), the people pasted or chosen as a file
 * (build/PeopleSource), checked into the server's options (build/form.ts) before anything is written.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_SET, SET_LABELS } from '../../shared/dictionary/types';
import { DEFAULT_METHOD, METHOD_LABELS, type Problem } from '../../shared/interchange';
import { roundOf } from '../../shared/rules/rounds';
import { TEMPLATE_EXISTS } from '../server/render';
import { type BuildForm, buildRequest, type Source } from './build/form';
import { PeopleSource } from './build/PeopleSource';
import { SettingsFields } from './build/SettingsFields';
import { Problems } from './Problems';
import type { Server } from './server';
import { useServerCall } from './use-server-call';

function initialForm(): BuildForm {
  const now = roundOf(new Date());
  return {
    set: DEFAULT_SET,
    method: DEFAULT_METHOD,
    fiscalYear: String(now.fiscalYear),
    round: now.round,
    achievementWeight: '70',
  };
}

export function BuildPanel({ server, onStatus }: { server: Server; onStatus: (text: string) => void }) {
  const [form, setForm] = useState<BuildForm>(initialForm);
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Source | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [canReplace, setCanReplace] = useState(false);
  const { busy, run } = useServerCall(onStatus);
  const change = (c: Partial<BuildForm>) => setForm((f) => ({ ...f, ...c }));

  const build = async (replace: boolean) => {
    setProblems([]);
    setCanReplace(false);
    const source = file ?? (pasted.trim() ? { input: pasted, name: 'ข้อความที่วาง' } : null);
    const request = buildRequest(form, source);
    if (!request.ok) {
      setProblems(request.problems);
      onStatus(request.status);
      return;
    }
    onStatus('กำลังสร้างแม่แบบ…');
    await run(
      async () => {
        const r = await server.buildScoringTemplate({ ...request.options, replace });
        onStatus(
          `สร้างแม่แบบในชีต "${r.sheet}" แล้ว: ${r.people} คน (${SET_LABELS[r.set]} · ${METHOD_LABELS[r.method]})`,
        );
      },
      (text) => {
        setCanReplace(text.includes(TEMPLATE_EXISTS));
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
      <SettingsFields form={form} onChange={change} />
      <PeopleSource
        pasted={pasted}
        onPaste={setPasted}
        onFile={setFile}
        onSettings={(a) =>
          change({
            set: a.set,
            method: a.method,
            achievementWeight: String(a.weights.achievement),
            ...(a.round ? { fiscalYear: String(a.round.fiscalYear), round: a.round.round } : {}),
          })
        }
        onProblems={setProblems}
        onStatus={onStatus}
      />
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
