/**
 * Small string helpers shared by the engine.
 */

/** Written by {@link detach} so that the flattening read can never be optimised away. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a write-only sink, on purpose
let detachSink = 0;

/**
 * Returns a string equal to `s` that shares no memory with the string it was cut from.
 *
 * V8 represents `text.slice(a, b)` of 13 characters or more as a SlicedString that
 * points into `text`, so an index record keeping a few such values keeps every file's
 * whole text alive. Shorter strings are always copied by V8, so they are returned as is.
 *
 * How: concatenation makes a ConsString of (first char, rest); reading a character
 * from it flattens it into a fresh sequential copy, after which the slices (and the
 * parent text) are garbage, and the GC short-cuts the ConsString to the flat copy.
 * Measured on Node 20 (200,000 strings, heap after GC): 16 chars ~ 55 ns, 200 chars
 * ~ 70 ns, ~420 bytes retained for a 200-char Cyrillic value (the parent is freed).
 * Alternatives measured: JSON round trip 190-880 ns, String.fromCharCode.apply
 * 130-1180 ns, TextEncoder/Decoder ~470 ns, split/join ~800 ns, all detached;
 * `(' ' + s).slice(1)` also frees the parent but keeps a SlicedString over a private
 * copy (88 bytes instead of 49 for 16 chars); concatenating two halves without the
 * flattening read keeps the parent alive. The unit tests check the detachment with
 * a heap measurement.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  const copy = s.charAt(0) + s.slice(1);
  detachSink ^= copy.charCodeAt(1);
  return copy;
}

/** Deeply detaches every string in a JSON-like value, in place; returns the value. */
export function detachDeep<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachDeep(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // Always reassign: `copy !== item` would compare the strings' contents, not their identity.
      const copy = detachDeep(record[key]);
      if (key === '__proto__') Object.defineProperty(record, key, { value: copy, writable: true, enumerable: true, configurable: true });
      else record[key] = copy;
    }
  }
  return value;
}

/**
 * The order of names everywhere: CLI text and JSON, the tree, the panels, exports. One
 * fixed collation (CLDR root order, which `en` uses: an accented letter beside its base,
 * Latin before Cyrillic), so that a notebook lists the same way on every machine and in
 * both faces; the process's default locale would order `due --json` differently under
 * `LANG=C` and `LANG=ru_RU.UTF-8`.
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en').compare;

/** Paths, keys and codes, which are identities: by UTF-16 code units. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
