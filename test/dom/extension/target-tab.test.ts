/** The panel looks at its tab again whenever tabs change, and when site access is granted or taken back. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTabs } from '../../../extension/ui/target-tab';

// The extension API, as wxt/browser gives it to the panel: the test's fake.
const fake = vi.hoisted(() => ({ api: null as unknown }));
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake.api;
  },
}));

/** An extension event as the browser gives it: listeners added and removed, fired by the test. */
function event() {
  const listeners = new Set<(...a: unknown[]) => void>();
  return {
    addListener: (f: (...a: unknown[]) => void) => listeners.add(f),
    removeListener: (f: (...a: unknown[]) => void) => listeners.delete(f),
    fire: (...a: unknown[]) => {
      for (const f of listeners) f(...a);
    },
  };
}

let api: ReturnType<typeof fakeApi>;
const fakeApi = () => ({
  runtime: { id: 'samatthana@test' },
  tabs: { onActivated: event(), onUpdated: event() },
  windows: { onFocusChanged: event() },
  permissions: { onAdded: event(), onRemoved: event() },
});

beforeEach(() => {
  api = fakeApi();
  fake.api = api;
});

describe('watchTabs', () => {
  it('calls back when a site is allowed or its access removed, and stops after unwatching', () => {
    let calls = 0;
    const stop = watchTabs(() => {
      calls++;
    });
    api.permissions.onAdded.fire({ origins: ['http://127.0.0.1/*'] });
    expect(calls).toBe(1);
    api.permissions.onRemoved.fire({ origins: ['http://127.0.0.1/*'] });
    expect(calls).toBe(2);
    api.tabs.onActivated.fire({ tabId: 1, windowId: 1 });
    api.tabs.onUpdated.fire(1, { status: 'loading' }); // not yet loaded: nothing to look at
    expect(calls).toBe(3);
    api.tabs.onUpdated.fire(1, { status: 'complete' });
    expect(calls).toBe(4);
    stop();
    api.permissions.onAdded.fire({ origins: ['https://x.go.th/*'] });
    api.tabs.onActivated.fire({ tabId: 2, windowId: 1 });
    expect(calls).toBe(4);
  });
});
