/**
 * The sites the extension may fill, managed by the user: allow a site by its address (the browser
 * asks to confirm), see the allowed ones, withdraw any. Nothing is allowed at install.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../../shared/problem';
import { sitePattern } from '../engine/site';
import { ext } from './ext-api';
import { Field } from './Field';

/** "dpis.example.go.th" or "https://dpis.example.go.th/x" → "https://dpis.example.go.th/*". */
export function patternFromAddress(address: string): string | null {
  const text = address.trim();
  if (!text) return null;
  return sitePattern(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
}

export function SiteAccess({ onChange }: { onChange: () => void }) {
  const [origins, setOrigins] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const refresh = useCallback(() => {
    Promise.resolve()
      .then(() => ext().permissions.getAll())
      .then((p) => setOrigins(p.origins ?? []))
      .catch(() => setOrigins([]));
  }, []);
  useEffect(() => {
    refresh();
    let api: ReturnType<typeof ext>;
    try {
      api = ext();
    } catch {
      return undefined;
    }
    const changed = () => {
      refresh();
      onChange();
    };
    api.permissions.onAdded.addListener(changed);
    api.permissions.onRemoved.addListener(changed);
    return () => {
      api.permissions.onAdded.removeListener(changed);
      api.permissions.onRemoved.removeListener(changed);
    };
  }, [onChange, refresh]);

  const allow = async () => {
    const pattern = patternFromAddress(address);
    if (!pattern) {
      setMessage({
        ok: false,
        text: 'ใส่ที่อยู่เว็บไซต์ที่ขึ้นต้นด้วย http:// หรือ https:// เช่น https://dpis.example.go.th',
      });
      return;
    }
    try {
      // Straight from the click: the browser asks the user to confirm.
      const ok = await ext().permissions.request({ origins: [pattern] });
      setMessage(ok ? { ok: true, text: `อนุญาต ${pattern} แล้ว` } : { ok: false, text: 'ไม่ได้รับอนุญาต' });
      if (ok) setAddress('');
    } catch (e) {
      setMessage({ ok: false, text: `ขออนุญาตไม่สำเร็จ: ${errorText(e)}` });
    }
    refresh();
    onChange();
  };

  const withdraw = async (origin: string) => {
    await ext()
      .permissions.remove({ origins: [origin] })
      .catch(() => false);
    refresh();
    onChange();
  };

  return (
    <details class="site-access">
      <summary>เว็บไซต์ที่อนุญาตให้เติมแบบฟอร์ม ({origins.length})</summary>
      <p class="muted">ส่วนขยายเข้าถึงได้เฉพาะหน้าที่คุณเปิดแผงจากปุ่มส่วนขยาย หรือเว็บไซต์ที่อนุญาตไว้ที่นี่</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void allow();
        }}
      >
        <Field label="ที่อยู่เว็บไซต์ของแบบฟอร์ม" class="grow">
          {(id) => (
            <input
              id={id}
              type="text"
              inputMode="url"
              value={address}
              placeholder="https://dpis.example.go.th"
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit">อนุญาต</button>
      </form>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {origins.length > 0 && (
        <ul>
          {origins.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" class="link" onClick={() => withdraw(o)}>
                ถอนสิทธิ์
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
