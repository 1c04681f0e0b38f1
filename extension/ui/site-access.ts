/**
 * Host access, asked for only when the user chooses to fill a site. The manifest lists sites as
 * optional: nothing is granted at install. Opening the panel from the toolbar button grants
 * activeTab for that tab, which is enough on its own.
 */

import { sitePattern } from '../engine/site';
import { ext } from './ext-api';
import type { TargetTab } from './target-tab';

/** Every http/https site: offered when the page's address is not visible to the extension yet. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/**
 * Asks for the page's site (no prompt when it is already allowed). Call first thing in a click
 * handler: browsers only show the prompt in response to a user action.
 */
export async function requestSite(target: TargetTab | null): Promise<boolean> {
  const pattern = sitePattern(target?.url);
  if (!pattern) return false;
  try {
    return await ext().permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}

export async function requestAllSites(): Promise<boolean> {
  try {
    return await ext().permissions.request({ origins: ALL_SITES });
  } catch {
    return false;
  }
}
