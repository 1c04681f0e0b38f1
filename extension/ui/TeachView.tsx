/**
 * Teach mode: for a form the engine does not recognise, the user clicks a field in the page and
 * says which competency (and whose row) it is. Mappings are saved per site and used from then on.
 */

import { useState } from 'preact/hooks';
import { type CompetencyCode, DEFAULT_SET, type SetId } from '../../shared/dictionary';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import { siteKey } from '../engine/site';
import {
  addMapping,
  exportProfiles,
  importProfiles,
  ProfileImportError,
  type ProfileMap,
  removeMapping,
} from '../profiles/site-profiles';
import { downloadText } from './download';
import { Field, FileField } from './Field';
import { competencyName } from './labels';
import { CompetencyOptions } from './Options';
import { cancelPick, pickField } from './page-bridge';
import { requestSite } from './site-access';
import { TargetLine } from './TargetLine';
import type { TargetTab } from './target-tab';
import { usePageCall } from './use-page-call';

const CONTROL_LABELS = {
  radio: 'ปุ่มเลือก',
  select: 'รายการเลือก',
  text: 'ช่องข้อความ',
  checkbox: 'ช่องทำเครื่องหมาย',
};

/** A note under the controls: what was saved, or what went wrong (with the problems listed). */
interface Notice {
  ok: boolean;
  text: string;
  list?: string[];
}

function NoticeView({ notice }: { notice: Notice }) {
  return (
    <div class={notice.ok ? 'ok' : 'errors'} role={notice.ok ? 'status' : 'alert'}>
      <p>{notice.text}</p>
      {notice.list && (
        <ul>
          {notice.list.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Choose the competency (and whose row), then click the field in the page. */
function Picker({
  target,
  site,
  set,
  assessment,
  profiles,
  onProfiles,
}: {
  target: TargetTab | null;
  site: string | null;
  set: SetId;
  assessment: ResolvedAssessment | null;
  profiles: ProfileMap;
  onProfiles: (next: ProfileMap) => void;
}) {
  const [competency, setCompetency] = useState<CompetencyCode>('ACH');
  const [evaluatee, setEvaluatee] = useState('');
  const [saved, setSaved] = useState<Notice | null>(null);
  const call = usePageCall();
  const whose = assessment?.people.find((p) => p.id === evaluatee)?.name ?? evaluatee;

  const pick = () => {
    // The permission prompt must come straight from the click.
    const asked = requestSite(target);
    if (!target || !site) return;
    setSaved(null);
    return call.run(async () => {
      await asked;
      const picked = await pickField(target.id);
      if (!picked) {
        call.setError('ยกเลิกการเลือกช่องแล้ว');
        return;
      }
      if ('refused' in picked) {
        call.setError(`เลือกช่อง “${picked.label}” ไม่ได้: ${picked.refused} กรุณาเลือกช่องอื่น`);
        return;
      }
      onProfiles(addMapping(profiles, site, picked, competency, evaluatee || undefined));
      setSaved({
        ok: true,
        text: `บันทึกแล้ว: “${picked.label}” คือ ${competencyName(set, competency)}${evaluatee ? ` ของ ${whose}` : ''}`,
      });
    });
  };

  return (
    <>
      <div class="row">
        <Field label="สมรรถนะ">
          {(id) => (
            <select
              id={id}
              value={competency}
              onChange={(e) => setCompetency(e.currentTarget.value as CompetencyCode)}
            >
              <CompetencyOptions set={set} />
            </select>
          )}
        </Field>
        <Field label="ช่องนี้เป็นของ (เฉพาะแบบฟอร์มตาราง)">
          {(id) => (
            <select id={id} value={evaluatee} onChange={(e) => setEvaluatee(e.currentTarget.value)}>
              <option value="">ไม่ระบุ — แบบฟอร์มทีละคน</option>
              {assessment?.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div class="row actions">
        <button type="button" class="primary" disabled={call.busy || !site} onClick={pick}>
          {call.busy ? 'กำลังรอคลิกในหน้าเว็บ…' : 'เลือกช่องในหน้าเว็บ'}
        </button>
        {call.busy && target && (
          <button type="button" onClick={() => cancelPick(target.id)}>
            ยกเลิกการเลือก
          </button>
        )}
      </div>
      {call.error && <NoticeView notice={{ ok: false, text: call.error }} />}
      {saved && <NoticeView notice={saved} />}
    </>
  );
}

/** The fields set up for this site, each with a way to remove it. */
function Mappings({
  site,
  set,
  assessment,
  profiles,
  onProfiles,
}: {
  site: string | null;
  set: SetId;
  assessment: ResolvedAssessment | null;
  profiles: ProfileMap;
  onProfiles: (next: ProfileMap) => void;
}) {
  const profile = site ? profiles[site] : undefined;
  if (!profile || profile.fields.length === 0) return <p class="muted">ยังไม่มี</p>;
  return (
    <ul class="mappings">
      {profile.fields.map((f, i) => (
        <li key={f.selector}>
          {competencyName(set, f.competency)}
          {f.evaluatee
            ? ` — ${assessment?.people.find((p) => p.id === f.evaluatee)?.name ?? f.evaluatee}`
            : ''}{' '}
          ({CONTROL_LABELS[f.control]}) <code>{f.selector}</code>{' '}
          <button
            type="button"
            class="link"
            aria-label={`ลบช่อง ${competencyName(set, f.competency)} ${f.evaluatee ?? ''}`}
            onClick={() => site && onProfiles(removeMapping(profiles, site, i))}
          >
            ลบ
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Every site's set-up, saved to a file or read from one (checked whole, merged in). */
function ProfileFiles({
  profiles,
  onProfiles,
}: {
  profiles: ProfileMap;
  onProfiles: (next: ProfileMap) => void;
}) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    try {
      const r = importProfiles(text, profiles);
      onProfiles(r.profiles);
      setNotice({ ok: true, text: `นำเข้าโปรไฟล์แล้ว: ${r.added.join(', ')}` });
    } catch (e) {
      if (e instanceof ProfileImportError) {
        setNotice({
          ok: false,
          text: `ไม่ได้นำเข้า ${file.name}: พบปัญหา ${e.problems.length} จุด — โปรไฟล์เดิมยังอยู่ครบ`,
          list: e.problems.map((p) => `${p.where}: ${p.message}`),
        });
      } else setNotice({ ok: false, text: errorText(e) });
    }
  };
  return (
    <>
      <h3>โปรไฟล์ทั้งหมด ({Object.keys(profiles).length} เว็บไซต์)</h3>
      <div class="row actions">
        <button
          type="button"
          disabled={Object.keys(profiles).length === 0}
          onClick={() =>
            downloadText('samatthana-profiles.json', exportProfiles(profiles), 'application/json')
          }
        >
          ส่งออกโปรไฟล์ (JSON)
        </button>
        <FileField label="นำเข้าโปรไฟล์ (JSON)" accept=".json,application/json" onFile={onImport} />
      </div>
      {notice && <NoticeView notice={notice} />}
    </>
  );
}

export function TeachView({
  target,
  profiles,
  assessment,
  onProfiles,
  onRefreshTarget,
}: {
  onRefreshTarget: () => void;
  target: TargetTab | null;
  profiles: ProfileMap;
  assessment: ResolvedAssessment | null;
  onProfiles: (next: ProfileMap) => void;
}) {
  const set: SetId = assessment?.set ?? DEFAULT_SET;
  const site = siteKey(target?.url);
  const shared = { site, set, assessment, profiles, onProfiles };
  return (
    <section aria-labelledby="teach-h">
      <h2 id="teach-h">ตั้งค่าแบบฟอร์มที่ส่วนขยายยังไม่รู้จัก</h2>
      <p class="muted">
        ใช้เมื่อเติมแบบฟอร์มแล้วไม่พบช่อง: เลือกสมรรถนะ (และผู้รับการประเมิน ถ้าแบบฟอร์มเป็นตารางหลายคน) กด “เลือกช่องในหน้าเว็บ”
        แล้วคลิกช่องคำตอบของสมรรถนะนั้นในหน้าเว็บ ส่วนขยายจะจำไว้ใช้กับเว็บไซต์นี้ครั้งต่อไป
      </p>
      <TargetLine target={target} onRefresh={onRefreshTarget} />
      <p>
        เว็บไซต์:{' '}
        <span class="url">
          {site ?? 'ยังไม่ทราบ — เปิดแผงจากปุ่มส่วนขยายบนแท็บของแบบฟอร์ม หรืออนุญาตเว็บไซต์ในส่วน “เติมแบบฟอร์ม”'}
        </span>
      </p>
      <Picker target={target} {...shared} />
      <h3>ช่องที่ตั้งค่าไว้ของเว็บไซต์นี้</h3>
      <Mappings {...shared} />
      <ProfileFiles profiles={profiles} onProfiles={onProfiles} />
    </section>
  );
}
