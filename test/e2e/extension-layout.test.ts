/** The panel's layout suite (support/layout-suite.ts) in Chromium with the built Chrome extension. */
import { launchChromiumDriver } from './support/chromium-driver';
import { layoutSuite } from './support/layout-suite';

layoutSuite(launchChromiumDriver);
