import { createHash } from 'node:crypto';

/** SHA-256 (hex) of bytes, by node:crypto. */
export function bytesSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
