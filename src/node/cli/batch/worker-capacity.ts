import { readFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';

const MiB = 1024 * 1024;

/** The memory a batch worker thread is taken to need: its heap is capped at WORKER_HEAP_MB, and most of it is never used. */
export const WORKER_RESIDENT_BYTES = 128 * MiB;

/**
 * The address space a batch worker thread is taken to reserve: V8 reserves a code range and heap space for
 * each isolate (about 600 MiB measured on Linux x64, Node 20), whether or not it is used. A thread that
 * cannot reserve it ends the whole process with a V8 abort, which no code can catch: hence the cap.
 */
export const WORKER_ADDRESS_SPACE_BYTES = 768 * MiB;

/** The address space kept for the batch's own thread to grow into. */
const MAIN_THREAD_RESERVE_BYTES = 256 * MiB;

/** What the machine has room for: cores, free memory, and the address space a limit (`ulimit -v`) leaves, when there is one. */
export interface MachineRoom {
  readonly cores: number;
  readonly freeMemoryBytes: number;
  readonly addressSpaceLeftBytes: number | undefined;
}

/** How many threads a batch may screen on, and what set that number. */
export interface WorkerCapacity {
  readonly jobs: number;
  readonly limitedBy: 'cores' | 'memory' | 'address-space';
}

/**
 * How many worker threads this machine can hold: no more than its cores, than its free memory holds at
 * WORKER_RESIDENT_BYTES each, or than the address space left holds at WORKER_ADDRESS_SPACE_BYTES each;
 * at least 1 (the batch's own thread). Ties name the first of cores, memory, address space.
 * @example
 * workerCapacity({ cores: 8, freeMemoryBytes: 2 ** 34, addressSpaceLeftBytes: undefined }) // { jobs: 8, limitedBy: 'cores' }
 */
export function workerCapacity(room: MachineRoom = measureRoom()): WorkerCapacity {
  const limits: [WorkerCapacity['limitedBy'], number][] = [
    ['cores', room.cores],
    ['memory', Math.floor(room.freeMemoryBytes / WORKER_RESIDENT_BYTES)],
    ['address-space', room.addressSpaceLeftBytes === undefined ? Number.POSITIVE_INFINITY : Math.floor(room.addressSpaceLeftBytes / WORKER_ADDRESS_SPACE_BYTES)],
  ];
  const [limitedBy, most] = limits.reduce((least, limit) => (limit[1] < least[1] ? limit : least));
  return { jobs: Math.max(1, most), limitedBy };
}

/** The room this process has now. The address space is read from /proc on Linux; elsewhere it is taken as unlimited. */
export function measureRoom(): MachineRoom {
  return { cores: availableParallelism(), freeMemoryBytes: freemem(), addressSpaceLeftBytes: addressSpaceLeft() };
}

function addressSpaceLeft(): number | undefined {
  try {
    const limit = /^Max address space\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (limit === undefined || limit === 'unlimited') return undefined;
    const used = /^VmSize:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return used === undefined ? undefined : Math.max(0, Number(limit) - Number(used) * 1024 - MAIN_THREAD_RESERVE_BYTES);
  } catch {
    return undefined;
  }
}
