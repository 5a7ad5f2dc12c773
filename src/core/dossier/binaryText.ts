/**
 * A file's bytes as a "binary string": one character per byte, char codes 0–255, as
 * Node's `latin1` decoding gives them in a few microseconds. Every character the dossier
 * grammar looks at (`-`, `:`, `#`, spaces, digits, line breaks) is ASCII, and every byte
 * of a multi-byte UTF-8 character is 0x80 or above, so the grammar can be read on the
 * bytes; only the values a dossier keeps are decoded, and only when they are kept.
 * Decoding every file's whole text was about a fifth of indexing a notebook.
 */
import { detach } from '../text';

/** The text of `binary[start, end)`, which holds whole UTF-8 characters; shares no memory with `binary`. */
export function decodeUtf8(binary: string, start: number, end: number): string {
  let i = start;
  while (i < end && binary.charCodeAt(i) < 0x80) i++;
  if (i === end) return detach(binary.slice(start, end));
  const codes: number[] = [];
  for (let j = start; j < i; j++) codes.push(binary.charCodeAt(j));
  while (i < end) {
    const c = binary.charCodeAt(i);
    if (c < 0x80) {
      codes.push(c);
      i++;
    } else if (c < 0xe0) {
      codes.push(((c & 0x1f) << 6) | (binary.charCodeAt(i + 1) & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      codes.push(((c & 0x0f) << 12) | ((binary.charCodeAt(i + 1) & 0x3f) << 6) | (binary.charCodeAt(i + 2) & 0x3f));
      i += 3;
    } else {
      const point = (((c & 0x07) << 18) | ((binary.charCodeAt(i + 1) & 0x3f) << 12) | ((binary.charCodeAt(i + 2) & 0x3f) << 6) | (binary.charCodeAt(i + 3) & 0x3f)) - 0x10000;
      codes.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
      i += 4;
    }
  }
  return fromCodes(codes);
}

/** String.fromCharCode over an array, in chunks that stay within the engine's argument limit. */
function fromCodes(codes: number[]): string {
  const CHUNK = 8192;
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes);
  let text = '';
  for (let at = 0; at < codes.length; at += CHUNK) text += String.fromCharCode.apply(null, codes.slice(at, at + CHUNK));
  return text;
}
