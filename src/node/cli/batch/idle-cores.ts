import { availableParallelism, cpus, type CpuInfo } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long the machine is watched to see how many of its cores are idle. */
export const IDLE_SAMPLE_MS = 100;

/** The time the machine's cores have spent idle and in all, in ms, summed over the cores. */
export interface CpuTimes {
  readonly idle: number;
  readonly total: number;
}

/** The time each core has spent idle and in all, in ms, now. */
function cpuTimes(): CpuTimes {
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
  return watchIdleCores(sampleMs)();
}

/**
 * Starts watching the machine's cores now, and gives how many were idle once asked (idleCores over the time
 * since), waiting only for what is left of `sampleMs`. This process's own work in the meantime (loading the
 * ruleset, opening the input) counts as idle: those cores are the batch's. Started as a command begins, the
 * watch runs while it gets ready, so that a batch does not wait the whole watch before it starts. A caller that
 * can only use `atLeast` idle cores is not kept waiting on a machine with fewer cores than that.
 */
export function watchIdleCores(sampleMs = IDLE_SAMPLE_MS, atLeast = 0): () => Promise<number> {
  // A machine without `atLeast` cores could never show that many idle: it is not watched, and gives its cores at once.
  if (availableParallelism() < atLeast) return () => Promise.resolve(availableParallelism());
  const startedAt = performance.now();
  const before = cpuTimes();
  const ownBefore = process.cpuUsage();
  return async () => {
    const left = sampleMs - (performance.now() - startedAt);
    if (left > 0) await sleep(left);
    const own = process.cpuUsage(ownBefore);
    return idleCoresBetween(before, cpuTimes(), (own.user + own.system) / 1000, availableParallelism());
  };
}

/**
 * The cores idle between two readings of the machine's times: the idle share of all the time the cores
 * spent, counting `ownMs` of this process's own work as idle, times `cores`; all of them where no time passed.
 */
export function idleCoresBetween(before: CpuTimes, after: CpuTimes, ownMs: number, cores: number): number {
  const total = after.total - before.total;
  if (!(total > 0)) return cores;
  return Math.max(0, Math.min(1, (after.idle - before.idle + ownMs) / total)) * cores;
}
