/*
 * The browser suite in two passes: the specs that share nothing, two browsers at a time; then the specs that
 * switch the mock server's scenario, own the nginx ports or measure the main thread, one at a time, so that no switch reaches a spec
 * reading the same server. Both passes always run; the exit code is the worse of the two. Extra arguments go
 * to both passes (e.g. a spec's path, or -g).
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const pass = (project: string) =>
  spawnSync('npx', ['playwright', 'test', `--project=${project}`, '--pass-with-no-tests', ...args], {
    stdio: 'inherit',
  }).status ?? 1;

const independent = pass('independent');
const shared = pass('shared-state');
process.exit(Math.max(independent, shared));
