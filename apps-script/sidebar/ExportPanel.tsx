/** Export the sheet as an interchange JSON file for the extension, and repair the template. */
import { useEffect, useState } from 'preact/hooks';
import type { ExportResult } from '../server/actions';
import { Problems } from './Problems';
import type { Server } from './server';
import { useServerCall } from './use-server-call';

export function ExportPanel({ server, onStatus }: { server: Server; onStatus: (text: string) => void }) {
  const [result, setResult] = useState<ExportResult | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const { busy, run } = useServerCall(onStatus);

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const exportJson = () => {
    setResult(null);
    return run(async () => {
      const r = await server.exportAssessment();
      setResult(r);
      if (r.ok) {
        setUrl(URL.createObjectURL(new Blob([r.json], { type: 'application/json' })));
        onStatus(`ส่งออกแล้ว: ${r.people} คน — ดาวน์โหลดไฟล์ ${r.fileName} แล้วนำเข้าในส่วนขยายเบราว์เซอร์`);
      } else onStatus('ยังส่งออกไม่ได้: แก้จุดที่ระบุในชีตก่อน');
    });
  };

  const repair = () => run(async () => onStatus((await server.repairTemplate()).message));

  return (
    <div>
      <h2>ส่งออกไปใช้กับส่วนขยายเบราว์เซอร์</h2>
      <p class="hint">อ่านชีต "คะแนน" ตรวจความถูกต้อง แล้วได้ไฟล์ JSON สำหรับกรอกแบบประเมินในเบราว์เซอร์</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          ส่งออกเป็น JSON
        </button>
      </div>
      {result?.ok && url && (
        <div class="export">
          <a href={url} download={result.fileName}>
            ดาวน์โหลด {result.fileName}
          </a>
          <label for="json">หรือคัดลอกข้อความนี้</label>
          <textarea id="json" rows={6} readOnly value={result.json} />
        </div>
      )}
      {result && !result.ok && <Problems title="ในชีตมีจุดที่ต้องแก้" problems={result.problems} />}

      <h2>ซ่อมแม่แบบ</h2>
      <p class="hint">สร้างสูตร รายการเลือก รูปแบบ และการป้องกันใหม่ โดยข้อมูลที่กรอกไว้ยังอยู่ครบ</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void repair()}>
          ซ่อมแม่แบบ
        </button>
      </div>
    </div>
  );
}
