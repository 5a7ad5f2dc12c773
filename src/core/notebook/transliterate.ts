import anyAscii from 'any-ascii';

/**
 * Latin spellings of names written in any script, as people type them:
 * `Ольга Смирнова` -> `olga smirnova`, `Jürgen Weiß` -> `jurgen weiss` and
 * `juergen weiss`, `Нұрлан Әбенов` -> `nurlan abenov`.
 */

const GERMAN = /[äöüÄÖÜß]/g;
const GERMAN_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
/** Signs that transliteration writes but nobody types: the soft and hard signs' apostrophes. */
const UNTYPED = /['ʼ`"]/g;

/** Lower-case Latin letters, the way the name is read aloud. */
export function toLatin(text: string): string {
  return anyAscii(text).replace(UNTYPED, '').toLowerCase();
}

/** German umlauts spelled out (ü -> ue, ß -> ss), then Latin. */
export function toLatinSpelled(text: string): string {
  return toLatin(text.replace(GERMAN, (letter) => GERMAN_SPELLED[letter]));
}

export function hasGermanLetters(text: string): boolean {
  GERMAN.lastIndex = 0;
  const found = GERMAN.test(text);
  GERMAN.lastIndex = 0;
  return found;
}

/**
 * A looser Latin form for matching only: the letters that differ between
 * transliteration systems fold together (Kazakh қ is `q` or `k`, й is `y`,
 * `i` or `j`), so `kasymov` finds Қасымов and `aigerim` finds Айгерім.
 */
export function loosen(latin: string): string {
  return latin.replace(/q/g, 'k').replace(/[yj]/g, 'i').replace(/gh/g, 'g');
}
