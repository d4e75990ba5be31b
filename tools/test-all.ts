/**
 * `npm test`: every gate in order, failing on the first error, then one closing line that CI reads
 * ("tests: N passed, N failed"). Steps print their own output; this script adds timings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string;
  args: string[];
  /** vitest JSON report this step writes, for the closing count. */
  report?: string;
}

const vitest = (name: string, projects: string[]): Step => ({
  name,
  cmd: 'npx',
  args: [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=reports/vitest-${name}.json`,
  ],
  report: `reports/vitest-${name}.json`,
});

const steps: Step[] = [
  { name: 'lint', cmd: 'npm', args: ['run', 'lint', '--silent'] },
  { name: 'check', cmd: 'npm', args: ['run', 'check', '--silent'] },
  vitest('unit', ['unit']),
  { name: 'build', cmd: 'npm', args: ['run', 'build', '--silent'] },
  vitest('site', ['build', 'browser']),
  vitest('perf', ['perf']),
  { name: 'audit', cmd: 'npm', args: ['run', 'audit', '--silent'] },
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };
const timings: string[] = [];
let passed = 0;
let failed = 0;
let ok = true;
const started = Date.now();

for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env });
  timings.push(`${step.name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      failed += 1;
    }
  }
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    ok = false;
    break;
  }
}

console.log(`\nTimings: ${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!ok && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
