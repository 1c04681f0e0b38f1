/** Global setup of the unit tests: the tests that run `bin/samatthana.js` run today's bundle. */
import { buildCli } from '../../scripts/build-cli';

export async function setup(): Promise<void> {
  await buildCli();
}
