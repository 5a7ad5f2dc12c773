import { Client } from '../dossier/dossier';
import { hasGermanLetters, loosen, toLatin, toLatinSpelled } from './transliterate';
import { compareCodeUnits, compareNames } from '../text';

/**
 * Finding clients by what a person types: any part of the name, company,
 * email, phone, tags or contacts, in the script it was written in or in Latin
 * letters (`smirnova` finds Ольга Смирнова, `juergen weiss` and `jurgen weis`
 * find Jürgen Weiß).
 */

function fold(text: string): string {
  return text.toLowerCase().normalize('NFC');
}

/**
 * The forms a text can be typed in: as written, transliterated, German
 * umlauts spelled out, and a loose Latin form that folds letters
 * transliteration systems disagree on.
 */
export function searchForms(text: string): string[] {
  const forms = new Set([fold(text), toLatin(text)]);
  if (hasGermanLetters(text)) forms.add(toLatinSpelled(text));
  for (const form of [...forms]) if (/^[\x00-\x7f]*$/.test(form)) forms.add(loosen(form));
  return [...forms];
}

interface SearchKey {
  /** What a match on the name as written ranks above. */
  names: string;
  /** Every field in every form, space separated. */
  everything: string;
}

const keys = new WeakMap<Client, SearchKey>();

function keyOf(client: Client): SearchKey {
  let key = keys.get(client);
  if (!key) {
    const names = [client.name, client.nameLatin ?? '', ...client.aliases].join(' ');
    const fields = [
      names,
      client.company ?? '',
      ...client.emails,
      ...client.phones,
      ...client.phones.map((phone) => phone.replace(/\D/g, '')),
      ...client.tags,
      ...client.contacts.map((contact) => contact.name),
    ].join(' \u0000 ');
    key = { names: fold(names), everything: searchForms(fields).join(' \u0000 ') };
    keys.set(client, key);
  }
  return key;
}

export interface ClientMatch {
  client: Client;
  /** Higher is better: 3 exact name, 2 name as written, 1 any field in any form. */
  rank: number;
}

/** Clients matching every word of `query`, best first. */
export function searchClients(clients: Iterable<Client>, query: string): ClientMatch[] {
  const trimmed = query.trim();
  const words = searchForms(trimmed).map((form) => form.split(/\s+/).filter(Boolean));
  const exact = fold(trimmed);
  const matches: ClientMatch[] = [];
  for (const client of clients) {
    const key = keyOf(client);
    if (!words.some((formWords) => formWords.every((word) => key.everything.includes(word)))) continue;
    const rank = fold(client.name) === exact || key.names.split(/\s+/).join(' ') === exact ? 3
      : words[0].every((word) => key.names.includes(word)) ? 2 : 1;
    matches.push({ client, rank });
  }
  return matches.sort((a, b) => b.rank - a.rank || compareNames(a.client.name, b.client.name) || compareCodeUnits(a.client.path, b.client.path));
}
