import { Client } from '../dossier/dossier';
import { compareCodeUnits } from '../text';

/** An owner as compared in a hand-over: case, spacing and Unicode composition do not matter. */
export function ownerKey(owner: string): string {
  return owner.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The clients whose `owner` is `from`, by path. */
export function clientsOwnedBy(clients: Iterable<Client>, from: string): Client[] {
  const key = ownerKey(from);
  return [...clients].filter((client) => client.owner !== undefined && ownerKey(client.owner) === key).sort((a, b) => compareCodeUnits(a.path, b.path));
}
