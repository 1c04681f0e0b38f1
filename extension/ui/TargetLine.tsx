/** Which tab the panel works on, with a button to look again. */
import type { TargetTab } from './target-tab';

export function TargetLine({ target, onRefresh }: { target: TargetTab | null; onRefresh: () => void }) {
  return (
    <p class="target">
      หน้าแบบฟอร์ม:{' '}
      <span class="url" data-target-url={target?.url ?? ''}>
        {target ? (target.url ?? 'แท็บที่เปิดอยู่ (ยังไม่ได้รับอนุญาตให้อ่านที่อยู่ของหน้า)') : 'ไม่พบแท็บ'}
      </span>{' '}
      <button type="button" class="link" onClick={onRefresh}>
        ตรวจหาอีกครั้ง
      </button>
    </p>
  );
}
