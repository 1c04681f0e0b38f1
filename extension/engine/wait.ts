/**
 * Waiting for a form that renders late (after a request, inside a dialog, in a frame): a bounded
 * MutationObserver plus a slow poll (frames load without mutating the page), resolved once the
 * competency fields found stop changing, or at the time limit with whatever is there.
 */

import { realmOf } from './dom';
import type { ScanResult, SiteProfile } from './types';

export type ScanFn = (root: ParentNode, options: { profile?: SiteProfile }) => ScanResult;

export interface WaitOptions {
  /** Give up after this long and resolve with the last scan (possibly empty). Default 5000. */
  timeoutMs?: number;
  /** How long the field count must stay the same before the form counts as rendered. Default 150. */
  settleMs?: number;
  profile?: SiteProfile;
}

export function waitWith(scan: ScanFn, root?: ParentNode, options: WaitOptions = {}): Promise<ScanResult> {
  const target = root ?? globalThis.document;
  const { timeoutMs = 5000, settleMs = 150, profile } = options;
  const opts = profile ? { profile } : {};
  return new Promise((resolve) => {
    const realm = realmOf(target as Node);
    let last: ScanResult = { fields: [], evaluatees: [] };
    let lastCount = -1;
    let stableSince = 0;
    let done = false;
    let queued: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(deadline);
      clearInterval(poll);
      if (queued) clearTimeout(queued);
      resolve(last);
    };
    const check = () => {
      if (done) return;
      last = scan(target, opts);
      const now = Date.now();
      if (last.fields.length !== lastCount) {
        lastCount = last.fields.length;
        stableSince = now;
      }
      if (lastCount > 0 && now - stableSince >= settleMs) finish();
    };
    const schedule = () => {
      if (!queued && !done) {
        queued = setTimeout(() => {
          queued = undefined;
          check();
        }, 50);
      }
    };
    const observer = new realm.MutationObserver(schedule);
    observer.observe(target as Node, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'disabled', 'readonly', 'src'],
    });
    const poll = setInterval(check, Math.max(settleMs, 100));
    const deadline = setTimeout(() => {
      check();
      finish();
    }, timeoutMs);
    check();
  });
}
