/**
 * `npm test`: typecheck, build the shipped extension, unit tests (Vitest), then the real-browser tests
 * (node:test driving Chromium and Firefox). Ends with one "N passed, N failed" line over both.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(cmd: string, args: string[]): number {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
}

if (run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0 || run('npm', ['run', '--silent', 'build']) !== 0) {
  console.log('\n0 passed, 1 failed (typecheck or build)');
  process.exit(1);
}

const unitJson = join(results, 'unit.json');
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
let unit = { passed: 0, failed: unitStatus === 0 ? 0 : 1 };
try {
  const report = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  unit = { passed: report.numPassedTests, failed: report.numFailedTests + (unitStatus !== 0 && report.numFailedTests === 0 ? 1 : 0) };
} catch {
  // No report means Vitest itself failed; counted as one failure above.
}

const e2eDir = join(root, 'tests/e2e');
const e2eFiles = readdirSync(e2eDir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('tests/e2e', f));
const tap = join(results, 'e2e.tap');
const e2eStatus = run('npx', ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...e2eFiles]);
let e2e = { passed: 0, failed: e2eStatus === 0 ? 0 : 1 };
try {
  const text = readFileSync(tap, 'utf8');
  const count = (key: string) => Number(text.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
  e2e = { passed: count('pass'), failed: count('fail') + count('cancelled') + (e2eStatus !== 0 && count('fail') === 0 ? 1 : 0) };
} catch {
  // No TAP file: the runner failed before any test; counted as one failure above.
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
