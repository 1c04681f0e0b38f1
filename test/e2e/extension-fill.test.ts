/** The shared fill test body (support/fill-suite.ts) in Chromium with the built Chrome extension. */
import { launchChromiumDriver } from './support/chromium-driver';
import { fillSuite } from './support/fill-suite';

fillSuite(launchChromiumDriver);
