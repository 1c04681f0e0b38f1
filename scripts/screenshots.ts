/**
 * `npm run screenshots`: the README's pictures of the extension, taken from the packages that
 * `npm run zip` makes, installed the way the README tells a user to (Chrome: unzipped, loaded
 * unpacked in developer mode; Firefox: the .zip as a temporary add-on), in the real browsers:
 *
 *   docs/screenshots/install-chrome.png    chrome://extensions with the extension loaded
 *   docs/screenshots/install-firefox.png   about:debugging with the add-on loaded
 *   docs/screenshots/panel-chromium.png    the panel at 400 px (Chrome's side panel) with the sample team
 *   docs/screenshots/panel-firefox.png     the panel at 252 px (Firefox's sidebar) with the sample team
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumDriver } from '../test/e2e/support/chromium-driver';
import type { DrivenBrowser } from '../test/e2e/support/driver';
import { launchFirefoxDriver } from '../test/e2e/support/firefox-driver';
import { importAssessment, TEAM_JSON } from '../test/e2e/support/panel';
import { ROOT } from '../test/e2e/support/server';

const OUT = join(ROOT, 'docs/screenshots');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const zip = (browser: string) => join(ROOT, `.output/samatthana-${version}-${browser}.zip`);

/** The sample team in the panel, its first person shown, at the browser's panel width. */
async function panelShot(b: DrivenBrowser, width: number, file: string) {
  const panel = await b.openPanel('?view=assessment');
  await panel.setSize(width, 900);
  await importAssessment(panel, 'team.json', TEAM_JSON);
  await panel.waitForText('status', 'นำเข้า team.json แล้ว');
  await panel.screenshot(join(OUT, file));
  await panel.close();
}

async function main() {
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'samatthana-shots-'));
  try {
    // Chrome: the user unzips the package and loads that folder.
    const unpacked = join(work, `samatthana-${version}-chrome`);
    mkdirSync(unpacked);
    execFileSync('unzip', ['-q', zip('chrome'), '-d', unpacked]);
    const chromium = await launchChromiumDriver({ extensionDir: unpacked });
    try {
      const page = await chromium.openPage('chrome://extensions');
      await page.evaluate(async () => {
        const dev = (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
          }
        ).chrome.developerPrivate;
        await dev.updateProfileConfiguration({ inDeveloperMode: true });
      });
      await page.setSize(1100, 620);
      await new Promise((r) => setTimeout(r, 1000)); // the page redraws with the developer buttons
      await page.screenshot(join(OUT, 'install-chrome.png'));
      await page.close();
      await panelShot(chromium, 400, 'panel-chromium.png');
    } finally {
      await chromium.close();
    }

    // Firefox: the .zip itself, as a temporary add-on.
    const firefox = await launchFirefoxDriver({ extensionDir: zip('firefox') });
    try {
      const page = await firefox.openPage('about:debugging#/runtime/this-firefox');
      await page.setSize(1100, 620);
      await page.waitFor('.card');
      await page.screenshot(join(OUT, 'install-firefox.png'));
      await page.close();
      await panelShot(firefox, 252, 'panel-firefox.png');
    } finally {
      await firefox.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`screenshots: ${OUT}`);
}

await main();
