/**
 * Where the people come from: text pasted (JSON or CSV) or a chosen file. A JSON file carries its
 * own set, method, weights and round, which are handed up to show in the form.
 */
import {
  ImportError,
  type Problem,
  parseAssessment,
  type ResolvedAssessment,
} from '../../../shared/interchange';
import { errorText } from '../../../shared/problem';
import type { Source } from './form';

export function PeopleSource({
  pasted,
  onPaste,
  onFile,
  onSettings,
  onProblems,
  onStatus,
}: {
  pasted: string;
  onPaste: (text: string) => void;
  onFile: (file: Source | null) => void;
  /** The settings of a JSON file just chosen. */
  onSettings: (a: ResolvedAssessment) => void;
  onProblems: (problems: Problem[]) => void;
  onStatus: (text: string) => void;
}) {
  const choose = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    onProblems([]);
    if (!f) {
      onFile(null);
      return;
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    onFile({ input: bytes, name: f.name });
    try {
      const a = parseAssessment(bytes, f.name);
      if (/\.json$/i.test(f.name)) onSettings(a);
      onStatus(`อ่านไฟล์ ${f.name} แล้ว: ${a.people.length} คน`);
    } catch (err) {
      if (err instanceof ImportError) onProblems(err.problems);
      else onStatus(errorText(err));
    }
  };

  return (
    <>
      <label for="people">รายชื่อ (วาง JSON หรือ CSV ที่มีหัวตาราง เช่น รหัส, ชื่อ-สกุล, …)</label>
      <textarea
        id="people"
        rows={6}
        value={pasted}
        onInput={(e) => onPaste((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for="file">หรือเลือกไฟล์ (.json / .csv)</label>
      <input
        id="file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={(e) => void choose(e)}
      />
      <p class="hint">เว้นว่างได้: จะได้แม่แบบเปล่าให้กรอกรายชื่อเอง</p>
    </>
  );
}
