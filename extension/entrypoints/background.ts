import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * The toolbar button opens the panel. Chrome: the side panel (clicking the action also grants
 * activeTab on the page the user is looking at). Firefox: the sidebar.
 */
export default defineBackground(() => {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  // Firefox's MV2 browserAction and its sidebarAction are not in the (Chrome-based) API types.
  const ff = browser as unknown as {
    browserAction?: { onClicked: { addListener(f: () => void): void } };
    sidebarAction?: { toggle(): Promise<void> };
  };
  if (ff?.browserAction && ff.sidebarAction) {
    const sidebar = ff.sidebarAction;
    ff.browserAction.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
});
