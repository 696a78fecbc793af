import { assertNever } from '../assert-never.js';

/** Where a JSON syntax error is: 1-based line and column (in UTF-16 code units). */
export interface JsonErrorLocation {
  readonly line: number;
  readonly column: number;
}

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after-value';
type Scan = { readonly ok: true; readonly end: number } | { readonly ok: false; readonly at: number };

const WHITESPACE: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: ReadonlySet<string> = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'] as const;

/**
 * Finds the first syntax error in JSON text without quoting any of it: `JSON.parse` messages in
 * Node 20 include a slice of the input, so we scan the text ourselves and report only a position.
 * Returns undefined when the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const offset = findErrorOffset(text);
  return offset === undefined ? undefined : toLocation(text, offset);
}

function findErrorOffset(text: string): number | undefined {
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const ch = text[i];
    switch (expect) {
      case 'value':
      case 'first-value': {
        if (ch === undefined) return i;
        if (expect === 'first-value' && ch === ']') {
          stack.pop();
          i++;
          expect = 'after-value';
          continue;
        }
        if (ch === '[' || ch === '{') {
          stack.push(ch);
          i++;
          expect = ch === '[' ? 'first-value' : 'first-key';
          continue;
        }
        const scanned = scanScalar(text, i);
        if (!scanned.ok) return scanned.at;
        i = scanned.end;
        expect = 'after-value';
        continue;
      }
      case 'key':
      case 'first-key': {
        if (expect === 'first-key' && ch === '}') {
          stack.pop();
          i++;
          expect = 'after-value';
          continue;
        }
        if (ch !== '"') return i;
        const scanned = scanString(text, i);
        if (!scanned.ok) return scanned.at;
        i = scanned.end;
        expect = 'colon';
        continue;
      }
      case 'colon':
        if (ch !== ':') return i;
        i++;
        expect = 'value';
        continue;
      case 'after-value': {
        const open = stack.at(-1);
        if (open === undefined) return ch === undefined ? undefined : i;
        if (ch === ',') {
          i++;
          expect = open === '[' ? 'value' : 'key';
        } else if (ch === (open === '[' ? ']' : '}')) {
          stack.pop();
          i++;
        } else {
          return i;
        }
        continue;
      }
      default:
        return assertNever(expect);
    }
  }
}

function scanScalar(text: string, start: number): Scan {
  const ch = text[start];
  if (ch === '"') return scanString(text, start);
  if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber(text, start);
  for (const literal of LITERALS) {
    if (ch === literal[0]) {
      for (let k = 1; k < literal.length; k++) if (text[start + k] !== literal[k]) return { ok: false, at: start + k };
      return { ok: true, end: start + literal.length };
    }
  }
  return { ok: false, at: start };
}

function scanString(text: string, start: number): Scan {
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined || ch < ' ') return { ok: false, at: i };
    if (ch === '"') return { ok: true, end: i + 1 };
    if (ch === '\\') {
      const escape = text[i + 1];
      if (escape === 'u') {
        for (let k = 2; k < 6; k++) if (!/^[0-9a-fA-F]$/.test(text[i + k] ?? '')) return { ok: false, at: i + k };
        i += 6;
        continue;
      }
      if (escape === undefined || !ESCAPES.has(escape)) return { ok: false, at: i + 1 };
      i += 2;
      continue;
    }
    i++;
  }
}

function scanNumber(text: string, start: number): Scan {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return { ok: false, at: i };
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return { ok: false, at: i };
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return { ok: false, at: i };
    while (isDigit(text[i])) i++;
  }
  return { ok: true, end: i };
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function toLocation(text: string, offset: number): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
