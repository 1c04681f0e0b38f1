/**
 * What an end-to-end test does with a browser, in words both browsers' drivers understand: open
 * the extension's panel or a page, find controls as a person does (a button by its name, a field by
 * its label), click, type, choose, read. One test body runs on Chromium (playwright-core, see
 * chromium-driver.ts) and on Firefox (puppeteer-core over WebDriver BiDi, see firefox-driver.ts).
 *
 * Names follow playwright's rules: a string matches as a case-insensitive substring of the
 * whitespace-normalised name (`exact` asks for the whole name), a RegExp is tested against it.
 */
import type { AxeViolation } from './axe';

export type Name = string | RegExp;

export interface FileBody {
  name: string;
  mimeType: string;
  body: Buffer;
}

export interface Download {
  /** The file name the page suggested (Chromium) or the file Firefox saved (its base name). */
  name: string;
  text: string;
}

export interface DrivenPage {
  /** Runs a function in the page; argument and result are JSON. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the first visible button with that name (inside `within`, a CSS selector, if given). */
  clickButton(name: Name, opts?: { exact?: boolean; within?: string }): Promise<void>;
  /** Waits until a visible button with that name is there. */
  waitForButton(name: Name, opts?: { exact?: boolean }): Promise<void>;
  /** Clicks an element by CSS selector, with the browser's real mouse. */
  click(css: string): Promise<void>;
  /** Chooses an option by value in the select with that label. */
  select(label: string, value: string, opts?: { exact?: boolean }): Promise<void>;
  /** Chooses an option by its text in the select matching a CSS selector. */
  selectByText(css: string, text: string): Promise<void>;
  /** Types into the field with that label, replacing its value. */
  fill(label: string, text: string): Promise<void>;
  fillCss(css: string, text: string): Promise<void>;
  /** Ticks or clears the checkbox with that label. */
  setChecked(label: string, on: boolean): Promise<void>;
  /** The current value of the field with that label. */
  value(label: string, opts?: { exact?: boolean }): Promise<string>;
  valueCss(css: string): Promise<string>;
  /** Gives a file input (by label) one file, as a person choosing it would. */
  setFile(label: string, file: FileBody): Promise<void>;
  /** Waits for a live region (role status/alert) whose text matches; returns its text. */
  waitForText(role: 'status' | 'alert', text?: Name): Promise<string>;
  /** Waits for an element matching a CSS selector to be visible. */
  waitFor(css: string): Promise<void>;
  count(css: string): Promise<number>;
  /** The text of the first element matching a CSS selector (null when none). */
  text(css: string): Promise<string | null>;
  attribute(css: string, name: string): Promise<string | null>;
  /** Clicks a button that saves a file and returns the saved file. */
  download(buttonName: string): Promise<Download>;
  /** axe-core's violations for the page as it is now. */
  axe(): Promise<AxeViolation[]>;
  screenshot(path: string): Promise<void>;
  setSize(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface SeenRequest {
  url: string;
  method: string;
  /** 'page', 'service-worker' (Chromium's extension background) or 'proxy' (anything Firefox sent out). */
  from: string;
}

export interface DrivenBrowser {
  readonly name: 'chromium' | 'firefox';
  /** The extension's own pages start with this (chrome-extension://ID/, moz-extension://UUID/). */
  readonly extensionOrigin: string;
  openPage(url: string): Promise<DrivenPage>;
  /** The panel's page in a tab of its own, once its heading shows; `query` e.g. "?tab=3&view=fill". */
  openPanel(query?: string): Promise<DrivenPage>;
  /**
   * Makes the browser's confirmation for allowing a site answer yes when the panel asks (Chromium
   * headless cannot show it, so the site is allowed as chrome://extensions would; Firefox's test
   * profile turns the prompt off, so nothing is needed and the panel's own click grants it).
   */
  answerSitePrompt(pattern: string): Promise<void>;
  /** Requests seen so far that are not the extension's files, the browser's own pages, or GETs to `origin`. */
  foreignRequests(origin: string): SeenRequest[];
  /** Every request seen so far. */
  readonly requests: readonly SeenRequest[];
  close(): Promise<void>;
}

/** Requests that are neither the extension's own files nor the local form server's pages. */
export function foreignOf(
  requests: readonly SeenRequest[],
  extensionOrigin: string,
  origin: string,
): SeenRequest[] {
  return requests.filter((r) => {
    if (r.url.startsWith(extensionOrigin)) return false;
    if (r.url.startsWith('chrome://')) return false; // the browser's own pages (chrome://extensions): no network
    if (r.url === 'about:blank' || r.url.startsWith('data:') || r.url.startsWith(`blob:${extensionOrigin}`)) {
      return false;
    }
    return !(r.url.startsWith(`${origin}/`) && r.method === 'GET');
  });
}
