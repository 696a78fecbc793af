import { createHash } from 'node:crypto';

/**
 * SHA-256 of a string's UTF-8 bytes, as lower-case hex, by node:crypto. The Node builds (dist/node.js,
 * dist/cli.js) use it in place of src/ruleset/sha256.ts (tsup.config.ts swaps the module at build time):
 * the same digest, without the pure implementation's cost at every start. The browser core keeps the pure one.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
