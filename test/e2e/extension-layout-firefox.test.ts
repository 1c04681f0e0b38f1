/** The panel's layout suite (support/layout-suite.ts) in Firefox ESR with the built Firefox extension. */
import { launchFirefoxDriver } from './support/firefox-driver';
import { layoutSuite } from './support/layout-suite';

layoutSuite(launchFirefoxDriver);
