/**
 * Which browser tab the panel works on. In the side panel: the active tab of the panel's window.
 * When the panel is opened as a tab of its own (sidepanel.html in a tab, as tests and keyboard
 * users may do): the tab the user looked at last before it. `?tab=ID` names a tab explicitly.
 */
import { ext } from './ext-api';

export interface TargetTab {
  id: number;
  /** Known only where the extension may see it (activeTab or an allowed site). */
  url?: string;
  title?: string;
}

/** The panel runs on the extension's own origin, so its own pages are the tabs on that origin. */
function isOwnPage(url: string | undefined): boolean {
  return !!url && url.startsWith(`${location.origin}/`);
}

export async function findTargetTab(search: string = location.search): Promise<TargetTab | null> {
  const api = ext();
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    try {
      const t = await api.tabs.get(named);
      return t.id === undefined ? null : { id: t.id, url: t.url, title: t.title };
    } catch {
      return null;
    }
  }
  const self = await api.tabs.getCurrent();
  if (self) {
    const tabs = await api.tabs.query({ windowId: self.windowId });
    const others = tabs
      .filter((t) => t.id !== undefined && t.id !== self.id && !isOwnPage(t.url))
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    const t = others[0];
    return t?.id === undefined ? null : { id: t.id, url: t.url, title: t.title };
  }
  const [t] = await api.tabs.query({ active: true, currentWindow: true });
  return t?.id === undefined ? null : { id: t.id, url: t.url, title: t.title };
}

/**
 * Calls `onChange` when the user switches or reloads tabs, so the panel can look again; and when
 * the extension's site access changes (from the panel, the browser's own menu or its settings page):
 * a tab's address is hidden until its site is allowed, so the panel must look again then too.
 */
export function watchTabs(onChange: () => void): () => void {
  const api = ext();
  const changed = () => onChange();
  const updated = (_id: number, info: { status?: string; url?: string }) => {
    if (info.status === 'complete' || info.url) onChange();
  };
  api.tabs.onActivated.addListener(changed);
  api.tabs.onUpdated.addListener(updated);
  api.windows?.onFocusChanged?.addListener(changed);
  api.permissions?.onAdded?.addListener(changed);
  api.permissions?.onRemoved?.addListener(changed);
  return () => {
    api.tabs.onActivated.removeListener(changed);
    api.tabs.onUpdated.removeListener(updated);
    api.windows?.onFocusChanged?.removeListener(changed);
    api.permissions?.onAdded?.removeListener(changed);
    api.permissions?.onRemoved?.removeListener(changed);
  };
}
