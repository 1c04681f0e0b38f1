/** One server call at a time from a panel: `busy` while it runs, and any failure shown as the status line. */
import { useState } from 'preact/hooks';
import { errorText } from '../../shared/problem';

export function useServerCall(onStatus: (text: string) => void) {
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<void>, onError: (text: string) => void = onStatus) => {
    setBusy(true);
    try {
      await call();
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
