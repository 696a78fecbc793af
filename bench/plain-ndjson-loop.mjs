// The baseline for `assess --batch`: read NDJSON line by line, JSON.parse and JSON.stringify each line,
// and write it to standard output, honouring back-pressure. Usage: node bench/plain-ndjson-loop.mjs FILE > out
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import process from 'node:process';
import { createInterface } from 'node:readline';

const [file] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: node bench/plain-ndjson-loop.mjs FILE > out\n');
  process.exit(2);
}
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of lines) {
  if (line === '') continue;
  if (!process.stdout.write(`${JSON.stringify(JSON.parse(line))}\n`)) await once(process.stdout, 'drain');
}
