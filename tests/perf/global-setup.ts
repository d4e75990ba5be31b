import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../browser/global-setup.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CPU slowdown the scroll gate runs at (scroll-performance.test.ts). */
    cpuSlowdown: number;
  }
}

/** A phone's CPU, as Lighthouse's mobile profile assumes it: four times slower than this machine's. */
const PHONE_SLOWDOWN = 4;
/** Share of the CPU other processes may use while the suite starts before the machine counts as busy. */
const BUSY = 0.25;

/** Busy and total CPU ticks since boot, all cores (Linux; null elsewhere). */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait
    return { busy: total - fields[3]! - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

/**
 * The share of the CPU in use over one second while this suite is idle (it runs alone, after the
 * others): other processes, since the browser has not started yet.
 */
async function othersShare(): Promise<number | null> {
  const a = cpuTicks();
  await new Promise((done) => setTimeout(done, 1000));
  const b = cpuTicks();
  return a && b && b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : null;
}

/**
 * Serves the built site, and sets the scroll gate's CPU slowdown: a phone's 4x, unless
 * PERF_CPU_SLOWDOWN sets one or the machine is busy. Emulating a phone slows the page down by
 * four against the machine's whole speed; with other processes on the cores the page is slower
 * still, and what is measured is no longer a phone (on 2026-11-30, with two CPU hogs on a 2-core
 * machine, the 2019 chapter had tasks of 52-74 ms of CPU at 4x in three readings running, against
 * none in the same three on the quiet machine). On a busy machine the gate runs at 1x and says so.
 */
export default async function setup(project: TestProject) {
  const stop = await serveDist(project);
  const asked = process.env.PERF_CPU_SLOWDOWN;
  let slowdown = asked ? Number(asked) : PHONE_SLOWDOWN;
  if (!asked) {
    const share = await othersShare();
    if (share !== null && share > BUSY) {
      slowdown = 1;
      console.warn(
        `perf: other processes used ${Math.round(share * 100)} % of the CPU as the suite started: ` +
          "the scroll gate runs at this machine's speed (1x), not a phone's (4x)",
      );
    }
  }
  project.provide('cpuSlowdown', slowdown);
  return stop;
}
