/**
 * One call into the page at a time from a view (as the Sheets sidebar's useServerCall does for
 * server calls): `busy` while it runs, and a failure turned into the Thai sentence the user sees.
 */
import { useState } from 'preact/hooks';
import { accessProblem } from './page-bridge';

export function usePageCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<void>, describe: (e: unknown) => string = accessProblem) => {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
