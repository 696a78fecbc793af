/** The first 32 bits of a number's fractional part: how FIPS 180-4 derives the constants of SHA-256 from the primes. */
const fraction32 = (x: number): number => ((x % 1) * 0x1_0000_0000) >>> 0;

/** The first 64 primes. */
const PRIMES: readonly number[] = ((): number[] => {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
})();

/**
 * The round constants (FIPS 180-4, 4.2.2: the cube roots of the first 64 primes) and the initial hash value (5.3.3:
 * the square roots of the first 8), worked out rather than written as a table of 72 hex words. Each scaled fractional
 * part lies at least 0.005 from a whole number, and a double's root is off by a few millionths at most once scaled:
 * the truncation cannot land on the wrong side. The standard test messages in test/ruleset/sha256.test.ts exercise every constant.
 */
const K = Uint32Array.from(PRIMES, (p) => fraction32(Math.cbrt(p)));
const H0: readonly number[] = PRIMES.slice(0, 8).map((p) => fraction32(Math.sqrt(p)));

/**
 * SHA-256 of a string's UTF-8 bytes, as lower-case hex (FIPS 180-4). Written here, synchronously and
 * without platform APIs, so that a ruleset's fingerprint is the same in Node and in every browser.
 */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x1_0000_0000));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  const hash = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    const next = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) hash[i] = ((hash[i] as number) + (next[i] as number)) >>> 0;
  }
  return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}

function rotr(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}
