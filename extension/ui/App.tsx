/** The side panel: lookup, the assessment, filling the page, and teach mode. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import { type ProfileMap, profileFor } from '../profiles/site-profiles';
import { type AppStore, createPanelStore } from '../storage/panel-store';
import type { Settings } from '../storage/schema';
import type { StorageProblem } from '../storage/store';
import { AssessmentView } from './AssessmentView';
import { applyChanges } from './assessment-edit';
import { FillView } from './FillView';
import { Lookup } from './Lookup';
import { TeachView } from './TeachView';
import { findTargetTab, type TargetTab, watchTabs } from './target-tab';

type View = 'lookup' | 'assessment' | 'fill' | 'teach';

/** In the order of the work: the assessment first (it opens there), the lookup beside it. */
const VIEWS: { id: View; label: string }[] = [
  { id: 'assessment', label: 'แบบประเมิน' },
  { id: 'fill', label: 'เติมแบบฟอร์ม' },
  { id: 'lookup', label: 'ค้นหาพฤติกรรมบ่งชี้' },
  { id: 'teach', label: 'ตั้งค่าแบบฟอร์ม' },
];

export interface AppProps {
  store?: AppStore;
  findTarget?: () => Promise<TargetTab | null>;
  watch?: (onChange: () => void) => () => void;
}

export function App({ store: given, findTarget = findTargetTab, watch = watchTabs }: AppProps) {
  const [store] = useState<AppStore | null>(() => {
    try {
      return given ?? createPanelStore();
    } catch {
      return null;
    }
  });
  const [view, setView] = useState<View>(() => {
    const v = new URLSearchParams(location.search).get('view');
    return VIEWS.some((x) => x.id === v) ? (v as View) : 'assessment';
  });
  const [loaded, setLoaded] = useState(false);
  const [assessment, setAssessment] = useState<ResolvedAssessment | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [profiles, setProfiles] = useState<ProfileMap>({});
  const [settings, setSettings] = useState<Settings>({});
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [target, setTarget] = useState<TargetTab | null>(null);

  useEffect(() => {
    if (!store) {
      setProblems([{ key: 'storage', message: 'ไม่พบที่เก็บข้อมูลของส่วนขยาย: ข้อมูลจะไม่ถูกบันทึก' }]);
      setLoaded(true);
      return;
    }
    store
      .load()
      .then((s) => {
        setAssessment(s.assessment?.data ?? null);
        setFileName(s.assessment?.fileName ?? null);
        setProfiles(s.profiles);
        setSettings(s.settings);
        setProblems(s.problems);
      })
      .catch((e) => setProblems([{ key: 'storage', message: `อ่านข้อมูลที่บันทึกไว้ไม่ได้: ${errorText(e)}` }]))
      .finally(() => setLoaded(true));
  }, [store]);

  const refreshTarget = useCallback(() => {
    findTarget()
      .then(setTarget)
      .catch(() => setTarget(null));
  }, [findTarget]);

  useEffect(() => {
    refreshTarget();
    try {
      return watch(refreshTarget);
    } catch {
      return undefined;
    }
  }, [refreshTarget, watch]);

  const save = (p: Promise<void> | undefined) => {
    p?.then(() => setSaveError(null)).catch((e) => setSaveError(`บันทึกไม่สำเร็จ: ${errorText(e)}`));
  };
  const changeAssessment = (a: ResolvedAssessment, name: string | null = fileName) => {
    setAssessment(a);
    setFileName(name);
    save(store?.saveAssessment(a, name));
  };
  const changeProfiles = (next: ProfileMap) => {
    setProfiles(next);
    save(store?.saveProfiles(next));
  };
  const changeSettings = (next: Settings) => {
    setSettings(next);
    save(store?.saveSettings(next));
  };

  return (
    <div class="panel">
      <header>
        <h1>
          สมรรถนะ <span class="en">samatthana</span>
        </h1>
        <nav aria-label="ส่วนต่าง ๆ ของแถบสมรรถนะ">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-current={view === v.id ? 'page' : undefined}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      {(problems.length > 0 || saveError) && (
        <div class="errors" role="alert">
          {problems.map((p) => (
            <p key={`${p.key}:${p.quarantinedAs ?? ''}`}>
              {p.message}
              {p.quarantinedAs ? ' — เก็บข้อมูลเดิมแยกไว้แล้ว ไม่มีอะไรสูญหาย' : ''}
            </p>
          ))}
          {saveError && <p>{saveError}</p>}
        </div>
      )}
      <main>
        {!loaded ? (
          <p class="muted">กำลังโหลด…</p>
        ) : view === 'lookup' ? (
          <Lookup set={settings.csvSet ?? assessment?.set} />
        ) : view === 'assessment' ? (
          <AssessmentView
            assessment={assessment}
            fileName={fileName}
            settings={settings}
            onImported={(a, name) => changeAssessment(a, name)}
            onChange={(a) => changeAssessment(a)}
            onSettings={changeSettings}
            onGoFill={() => setView('fill')}
          />
        ) : view === 'fill' ? (
          <FillView
            assessment={assessment}
            target={target}
            profile={profileFor(profiles, target?.url)}
            overwrite={settings.overwrite ?? false}
            onOverwrite={(v) => changeSettings({ ...settings, overwrite: v })}
            onRefreshTarget={refreshTarget}
            onApplyReadBack={(changes) => assessment && changeAssessment(applyChanges(assessment, changes))}
          />
        ) : (
          <TeachView
            target={target}
            profiles={profiles}
            assessment={assessment}
            onProfiles={changeProfiles}
            onRefreshTarget={refreshTarget}
          />
        )}
      </main>
    </div>
  );
}
