/** Look up level titles and indicators (shared/search on the server). */
import { useState } from 'preact/hooks';
import { getCompetency } from '../../shared/dictionary';
import { SET_IDS, SET_LABELS, type SetId } from '../../shared/dictionary/types';
import type { SearchHit } from '../../shared/search';
import type { Server } from './server';
import { useServerCall } from './use-server-call';

export function LookupPanel({ server, onStatus }: { server: Server; onStatus: (text: string) => void }) {
  const [query, setQuery] = useState('');
  const [set, setSet] = useState<SetId | ''>('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const { busy, run } = useServerCall(onStatus);

  const search = async () => {
    if (!query.trim()) {
      onStatus('พิมพ์คำที่ต้องการค้นหาก่อน');
      return;
    }
    await run(async () => {
      const found = await server.lookupIndicators(query, set || undefined);
      setHits(found);
      onStatus(found.length ? `พบ ${found.length} รายการ` : 'ไม่พบรายการที่ตรงกับคำค้น');
    });
  };

  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label for="q">คำค้น (เช่น "ระดับ 3 บริการ", "ยึดมั่นในหลักการ")</label>
        <input
          id="q"
          type="search"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="lookup-set">ฉบับ</label>
        <select
          id="lookup-set"
          value={set}
          onChange={(e) => setSet((e.currentTarget as HTMLSelectElement).value as SetId | '')}
        >
          <option value="">ทั้งสองฉบับ</option>
          {SET_IDS.map((s) => (
            <option key={s} value={s}>
              {SET_LABELS[s]}
            </option>
          ))}
        </select>
        <div class="actions">
          <button type="submit" disabled={busy}>
            ค้นหา
          </button>
        </div>
      </form>
      {hits && hits.length > 0 && (
        <ol class="hits" aria-label="ผลการค้นหา">
          {hits.map((h) => (
            <li key={`${h.set}-${h.competency}-${h.level}`}>
              <div class="hit-head">
                {getCompetency(h.set, h.competency).nameTh} · ระดับ {h.level}{' '}
                <span class="set">({SET_LABELS[h.set]})</span>
              </div>
              <div class="hit-title">{h.title}</div>
              {h.text !== h.title && <div class="hit-text">{h.text}</div>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
