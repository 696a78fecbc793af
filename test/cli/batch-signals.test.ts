import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// `cse-screen assess --batch` told to stop (SIGINT, SIGTERM) while a slow reader holds its output back:
// the output ends on a whole record and the exit status is the conventional one. Run as the BUILT binary.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const RECORD = `${JSON.stringify({ ref: 'r', subject: { ageYears: 14 }, answers: { missing: 'yes', 'older-friend': 'possible' } })}\n`;

interface Stopped {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a batch whose stdout is not read until `signal` has been sent (once output has begun), then read slowly to the end. */
function stopMidBatch(signal: NodeJS.Signals, extra: readonly string[] = []): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'assess', '--batch', '-', '--ruleset', 'test/fixtures/tiered.json', ...extra], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    // Input keeps coming and is never ended: the batch would run until stopped.
    const feed = setInterval(() => child.stdin.write(RECORD.repeat(500)), 5);
    child.stdin.on('error', () => undefined);
    child.on('close', (status, closedBy) => {
      clearInterval(feed);
      resolve({ status, signal: closedBy, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdout.pause();
    child.stdout.once('readable', () => {
      setTimeout(() => {
        child.kill(signal);
        // A slow reader: a chunk, then a pause.
        child.stdout.on('data', (chunk: Buffer) => {
          out.push(chunk);
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 1);
        });
        child.stdout.resume();
      }, 300);
    });
  });
}

describe('cse-screen assess --batch stopped by a signal on a slow pipe', () => {
  test.each<[NodeJS.Signals, number, string[]]>([
    ['SIGINT', 130, []], ['SIGTERM', 143, []], ['SIGINT', 130, ['--jobs', '2']], ['SIGTERM', 143, ['--jobs', '2']],
    ['SIGINT', 130, ['--quiet']], ['SIGTERM', 143, ['--quiet', '--jobs', '2']],
  ])('%s: output ends on a whole record, exit %i, and stderr says how many records were written (%j)', async (signal, status, extra) => {
    const stopped = await stopMidBatch(signal, extra);
    expect(stopped.signal).toBeNull();
    expect(stopped.status).toBe(status);
    expect(stopped.stdout.length).toBeGreaterThan(0);
    expect(stopped.stdout.endsWith('\n')).toBe(true);
    const lines = stopped.stdout.slice(0, -1).split('\n');
    lines.forEach((line, index) => {
      expect(() => JSON.parse(line) as unknown, `line ${index + 1} is whole`).not.toThrow();
    });
    const said = new RegExp(`stopped by ${signal}: ([0-9]+) records? written, the last one whole\\n$`).exec(stopped.stderr);
    expect(said, stopped.stderr).not.toBeNull();
    expect(Number(said?.[1])).toBe(lines.length);
  }, 30_000);
});
