/**
 * The shared fill test body in the oldest Firefox the manifest allows (ESR 140), unpacked by
 * `node scripts/setup.mjs test` from Debian's bookworm main; skipped when that copy could not be had.
 */
import { describe } from 'vitest';
import { FIREFOX_MIN_MAJOR, firefoxMinimumPath } from '../../scripts/firefox-minimum.mjs';
import { fillSuite } from './support/fill-suite';
import { launchFirefoxDriver } from './support/firefox-driver';

const path = firefoxMinimumPath();

describe.skipIf(!path)(`Firefox ESR ${FIREFOX_MIN_MAJOR}`, () => {
  fillSuite(() => launchFirefoxDriver({ executablePath: path! }));
});
