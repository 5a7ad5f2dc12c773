import * as l10n from '@vscode/l10n';
// The bundles are JSON imports, so esbuild inlines them into dist/cli.js: no file to find at run time.
import de from '../../l10n/cli/bundle.l10n.de.json';
import kk from '../../l10n/cli/bundle.l10n.kk.json';
import lt from '../../l10n/cli/bundle.l10n.lt.json';
import pl from '../../l10n/cli/bundle.l10n.pl.json';
import ru from '../../l10n/cli/bundle.l10n.ru.json';
// The engine's messages and the words both faces share (src/messageText.ts) are translated once, in the extension's bundles.
import sharedDe from '../../l10n/bundle.l10n.de.json';
import sharedKk from '../../l10n/bundle.l10n.kk.json';
import sharedLt from '../../l10n/bundle.l10n.lt.json';
import sharedPl from '../../l10n/bundle.l10n.pl.json';
import sharedRu from '../../l10n/bundle.l10n.ru.json';
import { Message } from '../core/messages';
import { ENGLISH, messageText } from '../messageText';

/** The translations of the command line's text (English is the key itself); its own wording wins over the extension's. */
const CLI_BUNDLES: Readonly<Record<string, Record<string, string>>> = {
  de: { ...sharedDe, ...de },
  kk: { ...sharedKk, ...kk },
  lt: { ...sharedLt, ...lt },
  pl: { ...sharedPl, ...pl },
  ru: { ...sharedRu, ...ru },
};

/** The language the command line speaks, and the locale its dates are formatted in. */
export interface CliLanguage {
  /** `pl`, or `en` when no bundle fits. */
  language: string;
  /** A BCP 47 tag for Intl: `pl-PL`, `ru-RU`; `en-GB` when no language is set (`Monday, 23 November 2026`). */
  locale: string;
}

/**
 * The language from the environment, in POSIX order: LC_ALL, then LC_MESSAGES,
 * then LANG (`pl_PL.UTF-8` → pl, pl-PL). `C`, `POSIX`, nothing set, or a
 * language without a bundle mean English.
 */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((each) => each !== undefined && each !== '') ?? '';
  const match = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?/.exec(value);
  if (!match) return { language: 'en', locale: 'en-GB' }; // C, C.UTF-8, POSIX, nothing
  const [, language, region] = match;
  if (language === 'en') return { language: 'en', locale: region ? `en-${region.toUpperCase()}` : 'en-GB' };
  if (!CLI_BUNDLES[language]) return { language: 'en', locale: 'en-GB' };
  return { language, locale: region ? `${language}-${region.toUpperCase()}` : language };
}

let current: CliLanguage = { language: 'en', locale: 'en-GB' };

/** Chooses the language for this run; call before any text is made. */
export function useCliLanguage(language: CliLanguage): void {
  current = language;
  l10n.config({ contents: CLI_BUNDLES[language.language] ?? {} });
}

/** The locale dates and numbers of this run are formatted in. */
export function cliLocale(): string {
  return current.locale;
}

/** What the engine says, in the run's language. */
export function say(message: Message): string {
  return messageText(message, l10n, current.locale);
}

/** `path:line:column: message`, the engine's message in the run's language (as compilers print an error). */
export function sayAt(path: string, place: { line: number; column: number }, message: Message): string {
  return `${path}:${place.line}:${place.column}: ${say(message)}`;
}

/** What the engine says, in English: for `--json`, which stays the same in every language. */
export function sayInEnglish(message: Message): string {
  return messageText(message, ENGLISH, 'en-GB');
}
