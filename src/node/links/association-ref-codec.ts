import { TEXT_CODEC, type StringCodec } from '../report/create-string-index.js';

const PREFIXES = ['per', 'veh', 'pla', 'tel', 'acc'];
/** The first byte of a string kept as it is (TEXT_CODEC): never the first byte of a packed ref (0 to 9). */
const AS_IS = 0xff;
const HEX = '0123456789abcdef';

/** The value of a lower-case hex digit, or -1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * How a link finder keeps reference tokens: a ref as pseudonymise writes it (`veh-` and 16 to 64 lower-case hex
 * digits) in half its characters, one byte for its kind prefix and whether its digits are odd in number, then two
 * digits a byte; any other string as it is (TEXT_CODEC), after a byte that no packed ref begins with. Lossless: every
 * string comes back as it was given, and two different strings never share their bytes.
 */
export const ASSOCIATION_REF_CODEC: StringCodec = {
  maxBytes: (length) => 2 + length * 3,
  encode(text, into) {
    const prefix = text.charCodeAt(3) === 45 ? PREFIXES.indexOf(text.slice(0, 3)) : -1;
    const digits = text.length - 4;
    if (prefix < 0 || digits <= 0) return asIs(text, into);
    into[0] = (prefix << 1) | (digits & 1);
    for (let i = 0; i < digits; i += 2) {
      const high = nibble(text.charCodeAt(4 + i));
      const low = i + 1 < digits ? nibble(text.charCodeAt(5 + i)) : 0;
      if (high < 0 || low < 0) return asIs(text, into);
      into[1 + i / 2] = (high << 4) | low;
    }
    return 1 + Math.ceil(digits / 2);
  },
  decode(bytes, start, end) {
    const first = bytes[start] as number;
    if (first === AS_IS) return TEXT_CODEC.decode(bytes, start + 1, end);
    let text = `${PREFIXES[first >> 1] ?? ''}-`;
    for (let at = start + 1; at < end; at++) {
      const byte = bytes[at] as number;
      text += `${HEX[byte >> 4] ?? ''}${HEX[byte & 15] ?? ''}`;
    }
    return (first & 1) === 1 ? text.slice(0, -1) : text;
  },
};

function asIs(text: string, into: Buffer): number {
  into[0] = AS_IS;
  return 1 + TEXT_CODEC.encode(text, into.subarray(1));
}
