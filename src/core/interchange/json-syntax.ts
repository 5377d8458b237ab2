// Finds where JSON text breaks: JSON.parse's messages differ between engines and rarely give a
// line, so on failure this small iterative scanner locates the first error (offset and reason).

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd';

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let expect: Expect = 'value';
  let i = 0;
  const n = text.length;
  let done = false;
  for (;;) {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
    if (i >= n) return done ? null : { offset: n, reason: 'unexpected end of file' };
    const c = text.charCodeAt(i);
    if (done) return unexpected(text, i, 'after the end of the JSON value');
    if (expect === 'colon') {
      if (c !== 0x3a) return unexpected(text, i, "where ':' was expected");
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrEnd') {
      const top = stack[stack.length - 1];
      if (c === 0x2c) {
        i++;
        expect = top === 0x7b ? 'key' : 'value';
        continue;
      }
      if ((c === 0x7d && top === 0x7b) || (c === 0x5d && top === 0x5b)) {
        i++;
        stack.pop();
        if (stack.length === 0) done = true;
        continue;
      }
      return unexpected(text, i, top === 0x7b ? "where ',' or '}' was expected" : "where ',' or ']' was expected");
    }
    if (expect === 'key' || expect === 'keyOrEnd') {
      if (expect === 'keyOrEnd' && c === 0x7d) {
        i++;
        stack.pop();
        expect = 'commaOrEnd';
        if (stack.length === 0) done = true;
        continue;
      }
      if (c !== 0x22) return unexpected(text, i, 'where a quoted property name was expected');
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // a value (or the end of an empty array)
    if (expect === 'valueOrEnd' && c === 0x5d) {
      i++;
      stack.pop();
      expect = 'commaOrEnd';
      if (stack.length === 0) done = true;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      i++;
      expect = c === 0x7b ? 'keyOrEnd' : 'valueOrEnd';
      continue;
    }
    if (c === 0x22) {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER_RE.lastIndex = i;
      if (!NUMBER_RE.test(text)) return unexpected(text, i, 'in a number');
      i = NUMBER_RE.lastIndex;
    } else {
      const lit = LITERALS.find((l) => text.startsWith(l, i));
      if (!lit) return unexpected(text, i, 'where a value was expected');
      i += lit.length;
    }
    expect = 'commaOrEnd';
    if (stack.length === 0) done = true;
  }
}

/** Returns the offset after the closing quote, or the error inside the string. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, reason: 'control character (such as a line break) inside a string' };
    if (c === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i, reason: 'bad \\u escape in a string' };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e) || e === '') return { offset: i, reason: 'bad escape in a string' };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, reason: 'string is not closed' };
}

function unexpected(text: string, i: number, context: string): JsonSyntaxError {
  const ch = text.charAt(i);
  const shown = ch === '\n' ? 'line break' : `'${ch}'`;
  return { offset: i, reason: `unexpected ${shown} ${context}` };
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
