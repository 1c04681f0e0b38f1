/** The sidebar: build a template, look up indicators, write evidence for a row, export and repair. */
import { useState } from 'preact/hooks';
import { BuildPanel } from './BuildPanel';
import { EvidencePanel } from './EvidencePanel';
import { ExportPanel } from './ExportPanel';
import { LookupPanel } from './LookupPanel';
import { OUTSIDE_SHEETS, type Server } from './server';
import { Tabs } from './Tabs';

export function App({ server, outsideSheets = false }: { server: Server; outsideSheets?: boolean }) {
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>สมรรถนะ · แม่แบบคะแนน</h1>
      {outsideSheets && (
        <p class="problems" role="alert">
          {OUTSIDE_SHEETS}
        </p>
      )}
      <Tabs
        label="งานของแถบด้านข้าง"
        tabs={[
          {
            id: 'build',
            label: 'สร้างแม่แบบ',
            panel: () => <BuildPanel server={server} onStatus={setStatus} />,
          },
          {
            id: 'lookup',
            label: 'ค้นหาพฤติกรรมบ่งชี้',
            panel: () => <LookupPanel server={server} onStatus={setStatus} />,
          },
          {
            id: 'export',
            label: 'ส่งออก / ซ่อม',
            panel: () => <ExportPanel server={server} onStatus={setStatus} />,
          },
          {
            id: 'evidence',
            label: 'เหตุการณ์/พฤติกรรม',
            panel: () => <EvidencePanel server={server} onStatus={setStatus} />,
          },
        ]}
      />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
