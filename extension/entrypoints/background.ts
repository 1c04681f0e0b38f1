import { defineBackground } from 'wxt/utils/define-background';

/**
 * The toolbar button opens the panel. Chrome: the side panel (clicking the action also grants
 * activeTab on the page the user is looking at). Firefox: the sidebar.
 */
export default defineBackground(() => {
  const g = globalThis as unknown as {
    chrome?: typeof chrome;
    browser?: {
      browserAction?: { onClicked: { addListener(f: () => void): void } };
      sidebarAction?: { toggle(): Promise<void> };
    };
  };
  if (g.chrome?.sidePanel?.setPanelBehavior) {
    g.chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const ff = g.browser;
  if (ff?.browserAction && ff.sidebarAction) {
    const sidebar = ff.sidebarAction;
    ff.browserAction.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
});
