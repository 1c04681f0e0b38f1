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

export interface Server {
  buildScoringTemplate(options: BuildOptions): Promise<BuildResult>;
  exportAssessment(): Promise<ExportResult>;
  repairTemplate(): Promise<RepairResult>;
  templateStatus(): Promise<TemplateStatus>;
  lookupIndicators(query: string, set?: SetId): Promise<SearchHit[]>;
}

type Runner = Record<string, (...args: unknown[]) => void> & {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
};

declare const google: { script: { run: Runner } };

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const fn = run[name];
    if (typeof fn !== 'function') {
      reject(new Error(`ไม่พบคำสั่ง ${name} ในสคริปต์ (server function missing)`));
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
  };
}
