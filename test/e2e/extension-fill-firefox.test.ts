/** The shared fill test body (support/fill-suite.ts) in Firefox ESR with the built Firefox extension. */
import { fillSuite } from './support/fill-suite';
import { launchFirefoxDriver } from './support/firefox-driver';

fillSuite(launchFirefoxDriver);
