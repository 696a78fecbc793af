/**
 * Summarises a V8 .cpuprofile: the functions with the most self time and the most total (inclusive) time.
 * Usage: npx tsx bench/summarize-profile.ts FILE.cpuprofile... [TOP]. Given several files (tsx's loader thread
 * writes a second, mostly idle one), it reads the busiest.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}
interface Profile { readonly nodes: readonly ProfileNode[]; readonly samples: readonly number[] }

const args = process.argv.slice(2);
const files = args.filter((arg) => arg.endsWith('.cpuprofile'));
const top = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 25);
const profiles = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Profile);
const busy = (candidate: Profile): number => {
  const idle = new Set(candidate.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  return candidate.samples.filter((sample) => !idle.has(sample)).length;
};
const profile = profiles.sort((a, b) => busy(b) - busy(a))[0];
if (profile === undefined) throw new Error('usage: summarize-profile FILE.cpuprofile... [TOP]');
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const keyOf = (node: ProfileNode): string => {
  const where = node.callFrame.url === '' ? '' : ` ${node.callFrame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${node.callFrame.lineNumber + 1}`;
  return `${node.callFrame.functionName || '(anonymous)'}${where}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const sample of profile.samples) {
  const node = byId.get(sample);
  if (node === undefined) continue;
  self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const ancestor = byId.get(id);
    if (ancestor !== undefined) seen.add(keyOf(ancestor));
  }
  for (const key of seen) total.set(key, (total.get(key) ?? 0) + 1);
}
const all = profile.samples.length;
const show = (title: string, table: Map<string, number>): void => {
  process.stdout.write(`${title}\n`);
  for (const [key, count] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${((count / all) * 100).toFixed(1).padStart(6)}%  ${key}\n`);
  }
};
show(`self time (${all} samples)`, self);
show('\ntotal time', total);
