import * as assert from 'node:assert/strict';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { searchClients } from '../../src/core/notebook/search';
import { slugOf, uniqueFileName } from '../../src/core/notebook/slug';
import { EXAMPLE_NOTEBOOK, loadFolder } from './fixtures';

describe('finding clients by any spelling', () => {
  let index: NotebookIndex;
  before(async () => {
    index = await loadFolder(EXAMPLE_NOTEBOOK);
  });
  const find = (query: string) => searchClients(index.clients(), query).map((match) => match.client.name);

  it('finds every client of the example notebook from a Latin keyboard', () => {
    const typed: Record<string, string> = {
      'olga': 'Ольга Смирнова',
      'smirnova': 'Ольга Смирнова',
      'juergen weiss': 'Jürgen Weiß',
      'jurgen weis': 'Jürgen Weiß',
      'nurlan abenov': 'Нұрлан Әбенов',
      'abenov': 'Нұрлан Әбенов',
      'dauren kasymov': 'Дәурен Қасымов',
      'qasymov': 'Дәурен Қасымов',
      'aigerim': 'Айгерім Сейтқали',
      'aygerim seytqali': 'Айгерім Сейтқали',
      'sergey kuznetsov': 'Сергей Кузнецов',
      'ruta jankauskiene': 'Rūta Jankauskienė',
      'wisniewski': 'Tomasz Wiśniewski',
      'wrobel': 'Magdalena Wróbel',
    };
    for (const [query, name] of Object.entries(typed)) assert.equal(find(query)[0], name, query);
  });

  it('finds clients in the script they were written in, and by company, email or phone digits', () => {
    assert.equal(find('Смирнова')[0], 'Ольга Смирнова');
    assert.equal(find('Әбенов')[0], 'Нұрлан Әбенов');
    assert.equal(find('weiß')[0], 'Jürgen Weiß');
    assert.ok(find('medikor').includes('Anna Kowalska'));
    assert.ok(find('anna.kowalska@').includes('Anna Kowalska'));
    assert.ok(find('601234567').includes('Anna Kowalska'));
  });

  it('ranks an exact match above a transliterated one', () => {
    const both = new NotebookIndex();
    both.set('a.md', '---\nname: Olga Smirnova\ncompany: Latin Ltd\n---\n');
    both.set('b.md', '---\nname: Ольга Смирнова\ncompany: Кириллица\n---\n');
    assert.deepEqual(searchClients(both.clients(), 'Olga Smirnova').map((m) => m.client.path), ['a.md', 'b.md']);
    assert.deepEqual(searchClients(both.clients(), 'Ольга').map((m) => m.client.path), ['b.md', 'a.md']);
  });

  it('uses name_latin and aliases', () => {
    const one = new NotebookIndex();
    one.set('x.md', '---\nname: Ерлан Нұрланұлы\nname_latin: Yerlan Nurlanuly\naliases: [Ерік]\n---\n');
    assert.equal(searchClients(one.clients(), 'yerlan').length, 1);
    assert.equal(searchClients(one.clients(), 'erik').length, 1);
  });
});

describe('file names from names', () => {
  it('transliterates every script of the users, in the order the name is written', () => {
    assert.equal(slugOf('Ольга Смирнова'), 'olga-smirnova');
    assert.equal(slugOf('Нұрлан Әбенов'), 'nurlan-abenov');
    assert.equal(slugOf('Jürgen Weiß'), 'juergen-weiss');
    assert.equal(slugOf('Rūta Jankauskienė'), 'ruta-jankauskiene');
    assert.equal(slugOf('Małgorzata Wróbel'), 'malgorzata-wrobel');
    assert.equal(slugOf('Дәурен Қасымов'), 'dauren-qasymov');
    assert.equal(slugOf('Сергей Кузнецов'), 'sergey-kuznetsov');
  });

  it('keeps hostile names plain and inside the notebook', () => {
    assert.equal(slugOf('../../etc/passwd'), 'etc-passwd');
    assert.equal(slugOf("Robert'); DROP TABLE"), 'robert-drop-table');
    assert.equal(slugOf('…'), 'client');
    assert.equal(slugOf('a'.repeat(200)).length, 60);
  });

  it('adds a counter when a name is taken', () => {
    const taken = new Set(['anna.md', 'anna-2.md']);
    assert.equal(uniqueFileName('anna', '.md', (name) => taken.has(name)), 'anna-3.md');
  });
});
