import { availableParallelism, cpus, type CpuInfo } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long the machine is watched to see how many of its cores are idle. */
export const IDLE_SAMPLE_MS = 100;

/** The time each core has spent idle and in all, in ms, now. */
function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus() as CpuInfo[]) {
    const { user, nice, sys, idle: idleMs, irq } = cpu.times;
    idle += idleMs;
    total += user + nice + sys + idleMs + irq;
  }
  return { idle, total };
}

/**
 * How many cores this process could use now: the share of the machine's time that was idle over a short
 * watch, times the cores the process may run on. Work running beside the batch (another job, a busy core)
 * lowers it, so that `--jobs auto` never starts threads that would only wait for a core. The cores as a
 * fallback where the system gives no times.
 */
export async function idleCores(sampleMs = IDLE_SAMPLE_MS): Promise<number> {
  const cores = availableParallelism();
  const before = cpuTimes();
  await sleep(sampleMs);
  const after = cpuTimes();
  const total = after.total - before.total;
  if (!(total > 0)) return cores;
  return Math.max(0, Math.min(1, (after.idle - before.idle) / total)) * cores;
}
