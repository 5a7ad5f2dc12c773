import { toLatinSpelled } from './transliterate';

/**
 * A file name stem from a person's or company's name: transliterated to
 * Latin letters, lower-case, hyphenated, in the order the name is written
 * (`Ольга Смирнова` -> `olga-smirnova`, `Jürgen Weiß` -> `juergen-weiss`).
 * Only `a-z`, `0-9` and `-` survive, so no name can make a path.
 */
export function slugOf(name: string, maxLength = 60): string {
  const slug = toLatinSpelled(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'client';
}

/** `stem.ext`, or `stem-2.ext`, `stem-3.ext`, … when taken. */
export function uniqueFileName(stem: string, extension: string, taken: (name: string) => boolean): string {
  for (let counter = 1; ; counter++) {
    const name = counter === 1 ? `${stem}${extension}` : `${stem}-${counter}${extension}`;
    if (!taken(name)) return name;
  }
}
