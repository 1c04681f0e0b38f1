/**
 * The sidebar's view of the server: the add-on's global functions, called through
 * google.script.run and turned into promises. Tests pass their own Server instead.
 */
import type { SetId } from '../../shared/dictionary/types';
import type { SearchHit } from '../../shared/search';
import type {
  BuildOptions,
  BuildResult,
  ExportResult,
  RepairResult,
  TemplateStatus,
} from '../server/actions';
import type { EvidenceWrite, SelectedEvidence } from '../server/evidence';

export interface Server {
  buildScoringTemplate(options: BuildOptions): Promise<BuildResult>;
  exportAssessment(): Promise<ExportResult>;
  repairTemplate(): Promise<RepairResult>;
  templateStatus(): Promise<TemplateStatus>;
  lookupIndicators(query: string, set?: SetId): Promise<SearchHit[]>;
  selectedEvidence(): Promise<SelectedEvidence>;
  writeEvidence(w: EvidenceWrite): Promise<{ written: number }>;
}

type Runner = Record<string, (...args: unknown[]) => void> & {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
};

/** Said instead of "google is not defined" when the page is not a sidebar of Google Sheets. */
export const OUTSIDE_SHEETS =
  'แถบนี้ต้องเปิดจาก Google Sheets: เปิดสเปรดชีต แล้วเลือกเมนู ส่วนขยาย → สมรรถนะ → เปิดแถบสมรรถนะ';

const UNREACHABLE =
  'ติดต่อ Google Sheets ไม่ได้: ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วปิดและเปิดแถบนี้ใหม่จากเมนู ส่วนขยาย → สมรรถนะ';

function runner(): Runner | null {
  const g = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run ?? null;
}

/** Whether the page runs inside Google Sheets (google.script.run is there to call the server). */
export function insideSheets(): boolean {
  return runner() !== null;
}

/** The browser's words for a lost connection become a Thai sentence; the server's own messages stay. */
function serverFailure(e: unknown): Error {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /NetworkError|HTTP 0|Failed to fetch|Load failed/i.test(text)
    ? new Error(UNREACHABLE)
    : e instanceof Error
      ? e
      : new Error(String(e));
}

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const found = runner();
    if (!found) {
      reject(new Error(OUTSIDE_SHEETS));
      return;
    }
    const run = found
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(serverFailure(e)));
    const fn = run[name];
    if (typeof fn !== 'function') {
      reject(new Error(`สคริปต์ของสเปรดชีตนี้ไม่มีคำสั่ง ${name}: ส่งสคริปต์ขึ้นใหม่ (npm run push) แล้วเปิดแถบอีกครั้ง`));
      return;
    }
    fn.apply(run, args);
  });
}

/** The real server, inside a Sheets sidebar. */
export function googleServer(): Server {
  return {
    buildScoringTemplate: (o) => call('buildScoringTemplate', o),
    exportAssessment: () => call('exportAssessment'),
    repairTemplate: () => call('repairTemplate'),
    templateStatus: () => call('templateStatus'),
    lookupIndicators: (q, set) => call('lookupIndicators', q, set),
    selectedEvidence: () => call('selectedEvidence'),
    writeEvidence: (w) => call('writeEvidence', w),
  };
}
