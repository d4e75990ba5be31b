/**
 * `npm test`: every gate, then one closing line that CI reads ("tests: N passed, N failed").
 * Independent steps run side by side, two at a time (the machine may have only 2 cores); each site
 * is built once; the timing-sensitive steps (scroll performance, Lighthouse) run alone at the end.
 * A failing stage stops the run once its other lane has finished.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { FIXTURE_BUILD } from '../tests/browser/fixture-site.ts';

interface Step {
  name: string;
  cmd: string;
  args: string[];
  env?: Record<string, string>;
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

const npmRun = (name: string, script = name): Step => ({ name, cmd: 'npm', args: ['run', script, '--silent'] });

/**
 * Stages run in order; the lanes of a stage run at the same time, the steps of a lane one after the
 * other. `astro check` and the unit project's bad-content build both write Astro's content cache, so
 * they share a lane.
 */
const stages: Step[][][] = [
  [[npmRun('lint')], [npmRun('check'), vitest('unit', ['unit'])]],
  // The fixture site is the real site plus the fixture chapters some browser suites read. One after
  // the other: both builds write the project's .astro/ (its content-modules list among them), and built
  // side by side the fixture build once rendered a fixture chapter from the list the other had written
  // (UnknownContentCollectionError on /embed/embed-steps/, in one clean-clone run of about ten).
  [[npmRun('build'), { name: 'fixture build', ...FIXTURE_BUILD }]],
  [[vitest('site', ['build', 'browser'])]],
  // Long tasks and Lighthouse scores depend on what else the CPU does: these run alone.
  [[vitest('perf', ['perf'])]],
  [[npmRun('audit')]],
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.CI ? '0' : '1',
  // The browser suites' global setup then serves this run's fixture build instead of building again.
  FIXTURE_SITE_BUILT: '1',
};
const timings: string[] = [];
const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;
let ok = true;
const started = Date.now();

/** Runs one step; alone it streams its output, beside others it prints it whole when done. */
function run(step: Step, alone: boolean): Promise<number | string> {
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const t0 = Date.now();
  const child = spawn(step.cmd, step.args, {
    env: { ...env, ...step.env },
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  return new Promise((done) => {
    child.on('error', (error) => done(error.message));
    child.on('close', (code, signal) => {
      timings.push(`${step.name} ${seconds(t0)}`);
      if (!alone) console.log(`\n── ${step.name} (${seconds(t0)}) ──\n${Buffer.concat(output).toString().trimEnd()}`);
      done(code ?? String(signal));
    });
  });
}

function count(step: Step): void {
  if (!step.report) return;
  try {
    const json = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    failed += 1;
  }
}

/** Runs a lane's steps in turn; resolves with the first failure ("name (exit n)") or null. */
async function runLane(lane: Step[], alone: boolean): Promise<string | null> {
  for (const step of lane) {
    const result = await run(step, alone);
    count(step);
    if (result !== 0) return `${step.name} failed (exit ${result}).`;
  }
  return null;
}

for (const stage of stages) {
  const t0 = Date.now();
  const failures = (await Promise.all(stage.map((lane) => runLane(lane, stage.length === 1)))).filter(Boolean);
  if (stage.length > 1)
    timings.push(`[${stage.map((l) => l.map((s) => s.name).join(' → ')).join(' ∥ ')}] ${seconds(t0)}`);
  for (const failure of failures) console.error(`\n✗ ${failure}`);
  if (failures.length) {
    ok = false;
    break;
  }
}

console.log(`\nTimings: ${timings.join(' · ')} · total ${seconds(started)}`);
if (!ok && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
