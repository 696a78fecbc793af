import { withRoomFor } from './with-room-for.js';

/**
 * Numbers strings 0, 1, 2, ... in the order they were first added, holding their bytes in buffers of 1 MiB
 * filled end to end: a million case refs or reference tokens then take their bytes and a few numbers each,
 * where a map of strings takes a string object and a map entry each. Nothing added is ever copied again.
 */
export interface StringIndex {
  /** The number of this string, numbered next (the index's size before) when it is new. */
  add(text: string): number;
  /** The number of this string, or -1 when it was never added. */
  find(text: string): number;
  /** The string numbered `id`. */
  textOf(id: number): string;
  /** How many distinct strings were added. */
  readonly size: number;
}

/** How a string index writes its strings as bytes (TEXT_CODEC unless told otherwise). */
export interface StringCodec {
  /** The most bytes a string of this many UTF-16 code units can take. */
  maxBytes(length: number): number;
  /** Writes the string's bytes at the start of `into`; returns how many it wrote. Different strings must give different bytes. */
  encode(text: string, into: Buffer): number;
  /** The string whose bytes are `bytes[start, end)`. */
  decode(bytes: Buffer, start: number, end: number): string;
}

/** A surrogate that is not one of a pair: UTF-8 cannot hold it, and would write U+FFFD for it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The first byte of a string written in UTF-16: never the first byte of UTF-8. */
const UTF16 = 0xff;

/**
 * Any string, losslessly: in UTF-8, or, when it holds a surrogate that is not one of a pair (as JSON may give in a
 * case ref), in UTF-16 after a byte that never begins UTF-8, so that two different strings never share their bytes.
 */
export const TEXT_CODEC: StringCodec = {
  maxBytes: (length) => 1 + length * 3,
  encode(text, into) {
    if (!LONE_SURROGATE.test(text)) return into.write(text, 0, 'utf8');
    into[0] = UTF16;
    return 1 + into.write(text, 1, 'utf16le');
  },
  decode: (bytes, start, end) => (end > start && bytes[start] === UTF16 ? bytes.toString('utf16le', start + 1, end) : bytes.toString('utf8', start, end)),
};

/** Bits of a position that say where in its buffer a string starts; the bits above say which buffer. */
const OFFSET_BITS = 20;
const CHUNK = 1 << OFFSET_BITS;

/** The 32-bit FNV-1a hash of `bytes[start, end)`. */
function hashBytes(bytes: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

/** Creates an empty index, whose strings are written as bytes by `codec` (TEXT_CODEC by default). */
export function createStringIndex(codec: StringCodec = TEXT_CODEC): StringIndex {
  /** Each string's bytes, after its length in 7-bit groups; a string too long for a buffer gets one of its own. */
  const chunks: Buffer[] = [];
  let free = 0;
  /** Where each string starts: its buffer's number, then its offset there. */
  let starts = new Uint32Array(1024);
  /** Open addressing, linear probing: a string's number plus one, 0 for an empty slot; at most 70% full. No hash is kept: a probe compares bytes. */
  let slots = new Int32Array(2048);
  let size = 0;
  let scratch = Buffer.allocUnsafeSlow(256);
  let scratchLength = 0;

  /** Writes the text to the scratch buffer and returns the hash of its bytes. */
  const hashOf = (text: string): number => {
    const most = codec.maxBytes(text.length);
    if (most > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(most, scratch.length * 2));
    scratchLength = codec.encode(text, scratch);
    return hashBytes(scratch, 0, scratchLength);
  };
  /** Finds the bytes of string `id`: its buffer, and where they start and end there. */
  const locate = (id: number): { readonly chunk: Buffer; readonly start: number; readonly end: number } => {
    const position = starts[id] as number;
    const chunk = chunks[position >>> OFFSET_BITS] as Buffer;
    let at = position & (CHUNK - 1);
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = chunk[at++] as number;
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    return { chunk, start: at, end: at + length };
  };
  const holdsScratch = (id: number): boolean => {
    const { chunk, start, end } = locate(id);
    return end - start === scratchLength && chunk.compare(scratch, 0, scratchLength, start, end) === 0;
  };
  /** The slot that holds the scratch string, or the empty slot where it belongs. */
  const slotOf = (hash: number): number => {
    const mask = slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const held = slots[at] as number;
      if (held === 0 || holdsScratch(held - 1)) return at;
    }
  };
  const rehash = (): void => {
    slots = new Int32Array(slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < size; id++) {
      const { chunk, start, end } = locate(id);
      let at = hashBytes(chunk, start, end) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
  };
  /** Writes the scratch string, after its length, where there is room; returns its position. */
  const store = (): number => {
    const prefix = scratchLength < 0x80 ? 1 : scratchLength < 0x4000 ? 2 : scratchLength < 0x200000 ? 3 : 5;
    const needed = prefix + scratchLength;
    if (chunks.length === 0 || needed > free) {
      chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK, needed)));
      free = Math.max(CHUNK, needed);
      if (chunks.length > 2 ** (32 - OFFSET_BITS)) throw new RangeError('a string index holds at most 4 GiB');
    }
    const chunk = chunks[chunks.length - 1] as Buffer;
    const start = chunk.length - free;
    let at = start;
    for (let rest = scratchLength; ; rest = Math.floor(rest / 0x80)) {
      chunk[at++] = rest >= 0x80 ? (rest & 0x7f) | 0x80 : rest;
      if (rest < 0x80) break;
    }
    scratch.copy(chunk, at, 0, scratchLength);
    free -= at - start + scratchLength;
    return (chunks.length - 1) * CHUNK + start;
  };

  return {
    add(text) {
      const hash = hashOf(text);
      const at = slotOf(hash);
      const held = slots[at] as number;
      if (held !== 0) return held - 1;
      const id = size++;
      starts = withRoomFor(starts, size);
      starts[id] = store();
      slots[at] = id + 1;
      if (size * 10 > slots.length * 7) rehash();
      return id;
    },
    find(text) {
      const held = slots[slotOf(hashOf(text))] as number;
      return held - 1;
    },
    textOf(id) {
      const { chunk, start, end } = locate(id);
      return codec.decode(chunk, start, end);
    },
    get size() {
      return size;
    },
  };
}
