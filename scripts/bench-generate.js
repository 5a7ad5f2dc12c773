// Deterministic generator of realistic client notebooks for `npm run bench`.
// Bump GENERATOR_VERSION whenever the output changes: the bench regenerates a
// notebook only when its stamp is missing or names another version.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const GENERATOR_VERSION = 3;

/** mulberry32: small, fast, good enough for test data. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// --- Locales: names, companies, roles, notes, log texts -----------------------------

const LOCALES = {
  pl: {
    weight: 24,
    first: [['Anna', 'f'], ['Katarzyna', 'f'], ['Małgorzata', 'f'], ['Agnieszka', 'f'], ['Magdalena', 'f'], ['Żaneta', 'f'], ['Tomasz', 'm'], ['Paweł', 'm'], ['Grzegorz', 'm'], ['Łukasz', 'm'], ['Michał', 'm'], ['Krzysztof', 'm']],
    last: [['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Woźniak', 'Woźniak'], ['Kamiński', 'Kamińska'], ['Wróbel', 'Wróbel'], ['Jabłoński', 'Jabłońska']],
    company: ['Grupa Polmlek sp. z o.o.', 'Biuro Podróży Żagiel', 'Mostostal Gdańsk S.A.', 'Apteki Dbam o Zdrowie', 'Kraków Software House', 'Łódzkie Zakłady Tekstylne', 'Wrocławskie Centrum Targowe'],
    role: ['Dyrektor HR', 'Kierownik biura', 'Prezes zarządu', 'Specjalistka ds. marketingu', 'Asystentka zarządu', 'Główna księgowa'],
    city: ['ul. Marszałkowska 84, 00-514 Warszawa', 'ul. Długa 12, 80-827 Gdańsk', 'Rynek Główny 3, 31-042 Kraków', 'ul. Piotrkowska 120, 90-006 Łódź'],
    domain: 'pl', phone: () => '+48 ', tld: 'pl',
    notes: [
      'Firma organizuje co roku wyjazd integracyjny dla najlepszych handlowców.',
      'Decyzje podejmuje zarząd, zwykle w pierwszym kwartale; budżet zatwierdzany w styczniu.',
      'Woli kontakt telefoniczny rano, e-maile czyta z opóźnieniem.',
      'Zainteresowani wyjazdem do Lizbony albo na Maderę, około 40 osób, termin wrzesień.',
      'Płaci w terminie, faktury na adres siedziby, nie oddziału.',
      'Ważne: wegetariańskie menu dla części grupy, dwie osoby z alergią na orzechy.',
    ],
    log: ['Omówiliśmy program wyjazdu; wysłałem ofertę v2.', 'Prosi o tańszy hotel w centrum, budżet bez zmian.', 'Spotkanie w biurze, poznałem nową asystentkę zarządu.', 'Potwierdzili termin, czekamy na listę uczestników.', 'Zadzwonić po świętach w sprawie zaliczki.', 'Reklamacja: autokar spóźnił się 40 minut na lotnisko.'],
  },
  de: {
    weight: 18,
    first: [['Jürgen', 'm'], ['Sabine', 'f'], ['Klaus', 'm'], ['Ursula', 'f'], ['Stefan', 'm'], ['Jörg', 'm'], ['Björn', 'm'], ['Käthe', 'f'], ['Anke', 'f'], ['Matthias', 'm']],
    last: [['Müller'], ['Schröder'], ['Weiß'], ['Groß'], ['Köhler'], ['Bäcker'], ['Schäfer'], ['Fischer'], ['Hoffmann'], ['Krüger']],
    company: ['Nordwind Versicherung AG', 'Bäckerei Krüger GmbH & Co. KG', 'Müller Maschinenbau GmbH', 'Schäfer Logistik', 'Rheinland Pharma AG', 'Großhandel Weiß e.K.'],
    role: ['Geschäftsführer', 'Leiterin Personal', 'Einkaufsleiter', 'Assistentin der Geschäftsführung', 'Vertriebsleiter'],
    city: ['Königsallee 27, 40212 Düsseldorf', 'Maximilianstraße 13, 80539 München', 'Große Elbstraße 145, 22767 Hamburg'],
    domain: 'de', phone: () => '+49 ', tld: 'de',
    notes: [
      'Incentive-Reise für die besten Außendienstler, etwa 25 Personen, meist im Mai.',
      'Entscheidet schnell, wenn das Angebot übersichtlich ist; mag keine langen E-Mails.',
      'Rechnungen bitte immer an die Buchhaltung in Köln, nicht an die Zentrale.',
      'Fragt oft nach Nachhaltigkeit: Bahn statt Flug, wenn es geht.',
      'Frau Köhler ist die eigentliche Entscheiderin, auch wenn er unterschreibt.',
    ],
    log: ['Angebot für die Reise nach Porto besprochen; Rückmeldung bis Freitag.', 'Termin im Büro, neues Budget für 2027 vorgestellt.', 'Bittet um Stornobedingungen schriftlich.', 'Rückruf wegen Hotelwechsel, Gruppe jetzt 28 Personen.', 'Zufrieden mit der Reiseleitung, kleine Beschwerde über das Frühstück.'],
  },
  ru: {
    weight: 18,
    first: [['Ольга', 'f'], ['Сергей', 'm'], ['Дмитрий', 'm'], ['Наталья', 'f'], ['Алексей', 'm'], ['Екатерина', 'f'], ['Юлия', 'f'], ['Андрей', 'm']],
    last: [['Смирнов', 'Смирнова'], ['Кузнецов', 'Кузнецова'], ['Попов', 'Попова'], ['Соколов', 'Соколова'], ['Лебедев', 'Лебедева'], ['Волков', 'Волкова'], ['Фёдоров', 'Фёдорова']],
    latin: { 'Ольга': 'Olga', 'Сергей': 'Sergey', 'Дмитрий': 'Dmitry', 'Наталья': 'Natalya', 'Алексей': 'Alexey', 'Екатерина': 'Ekaterina', 'Юлия': 'Yulia', 'Андрей': 'Andrey', 'Смирнов': 'Smirnov', 'Смирнова': 'Smirnova', 'Кузнецов': 'Kuznetsov', 'Кузнецова': 'Kuznetsova', 'Попов': 'Popov', 'Попова': 'Popova', 'Соколов': 'Sokolov', 'Соколова': 'Sokolova', 'Лебедев': 'Lebedev', 'Лебедева': 'Lebedeva', 'Волков': 'Volkov', 'Волкова': 'Volkova', 'Фёдоров': 'Fyodorov', 'Фёдорова': 'Fyodorova' },
    company: ['ООО «Северсталь-Тур»', 'АО «Алтын Телеком»', 'ООО «Ромашка»', 'ПАО «Уралхим»', 'ООО «Балтийская логистика»'],
    role: ['Генеральный директор', 'Руководитель отдела кадров', 'Офис-менеджер', 'Директор по маркетингу', 'Главный бухгалтер'],
    city: ['Москва, ул. Тверская, 7', 'Санкт-Петербург, Невский пр., 28', 'Екатеринбург, ул. Ленина, 24/8'],
    domain: 'ru', phone: () => '+7 9', tld: 'ru',
    notes: [
      'Ежегодная поездка для лучших сотрудников, обычно 30–40 человек, весной.',
      'Решения принимает генеральный директор; бюджет согласуют в декабре.',
      'Предпочитает Telegram и короткие сообщения; звонить после обеда.',
      'Важно: визы Шенген оформляем заранее, минимум за 8 недель.',
      'Оплата двумя траншами, счёт на юрлицо, не на филиал.',
    ],
    log: ['Обсудили программу поездки; отправил предложение v2.', 'Просит отель ближе к центру, бюджет тот же.', 'Встреча в офисе, познакомились с новым финансовым директором.', 'Подтвердили даты, ждём список участников.', 'Жалоба: трансфер опоздал на 40 минут.'],
  },
  kk: {
    weight: 10,
    first: [['Айгерім', 'f'], ['Нұрлан', 'm'], ['Дәурен', 'm'], ['Ерлан', 'm'], ['Әсел', 'f'], ['Жанар', 'f'], ['Ғалым', 'm']],
    last: [['Сейтқали'], ['Әбенов', 'Әбенова'], ['Қасымов', 'Қасымова'], ['Мұратов', 'Мұратова'], ['Ахметов', 'Ахметова'], ['Нұрпейісов', 'Нұрпейісова']],
    latin: { 'Айгерім': 'Aigerim', 'Нұрлан': 'Nurlan', 'Дәурен': 'Dauren', 'Ерлан': 'Erlan', 'Әсел': 'Assel', 'Жанар': 'Zhanar', 'Ғалым': 'Galym', 'Сейтқали': 'Seitkali', 'Әбенов': 'Abenov', 'Әбенова': 'Abenova', 'Қасымов': 'Kasymov', 'Қасымова': 'Kasymova', 'Мұратов': 'Muratov', 'Мұратова': 'Muratova', 'Ахметов': 'Akhmetov', 'Ахметова': 'Akhmetova', 'Нұрпейісов': 'Nurpeisov', 'Нұрпейісова': 'Nurpeisova' },
    company: ['Steppe Fintech ЖШС', 'Алтын Телеком АҚ', 'Qazaq Logistics ЖШС', 'Көкше Агро'],
    role: ['Маркетинг директоры', 'Бас директор', 'Кеңсе менеджері', 'HR жетекшісі'],
    city: ['Алматы, Достық даңғылы, 210', 'Астана, Қабанбай батыр д-лы, 11'],
    domain: 'kz', phone: () => '+7 7', tld: 'kz',
    notes: [
      'Алматы компаниясы, 150 қызметкер. 2027 жылы шетелге мотивациялық сапар.',
      'Шешімді бас директор қабылдайды; бюджет желтоқсанда бекітіледі.',
      'Telegram арқылы қысқа хабарлама жазуды ұнатады.',
      'Виза: Шенген құжаттарын VFS Алматы арқылы тапсырады, 6–8 апта.',
    ],
    log: ['Екі нұсқа жіберілді: Барселона және Лиссабон.', 'Бірінші әңгіме: 40 адам, көктем 2027, бюджет бекітілмеген.', 'Кездесу кеңседе, жаңа қаржы директорымен таныстық.', 'Күндерді растады, қатысушылар тізімін күтеміз.'],
  },
  lt: {
    weight: 10,
    first: [['Jonas', 'm'], ['Rūta', 'f'], ['Eglė', 'f'], ['Gintaras', 'm'], ['Žydrūnė', 'f'], ['Mindaugas', 'm'], ['Aušra', 'f']],
    last: [['Kazlauskas', 'Kazlauskienė'], ['Jankauskas', 'Jankauskienė'], ['Petrauskas', 'Petrauskienė'], ['Žukauskas', 'Žukauskienė'], ['Vaitkevičius', 'Vaitkevičienė']],
    company: ['UAB Vilniaus vaistinė', 'UAB Gintaro logistika', 'AB Šiaulių bankas', 'UAB Kauno baldai'],
    role: ['Pardavimų vadovas', 'Personalo vadovė', 'Direktorius', 'Rinkodaros specialistė'],
    city: ['Gedimino pr. 40, LT-01110 Vilnius', 'Laisvės al. 53, LT-44309 Kaunas'],
    domain: 'lt', phone: () => '+370 6', tld: 'lt',
    notes: [
      'Vaistinių tinklas, 38 vaistinės. Kartą per metus kelionė geriausiems vadovams.',
      'Mėgsta skambučius; į el. laiškus atsako lėtai.',
      'Domisi pavasario kelione į Krokuvą arba Vroclavą, sprendimas pirmą ketvirtį.',
      'Sąskaitas siųsti buhalterijai, ne vadovui.',
    ],
    log: ['Nieko naujo; kelionės biudžetas bus aiškus sausį.', 'Išsiųsta Vroclavo programa ir kaina.', 'Prašė trumpos kelionės rugsėjo pradžioje, autobusu iš Vilniaus.', 'Susitikimas biure, aptarėme 2027 metų planus.'],
  },
  en: {
    weight: 20,
    first: [['Sarah', 'f'], ['James', 'm'], ['Emily', 'f'], ['Oliver', 'm'], ['Charlotte', 'f'], ['Liam', 'm'], ['Hannah', 'f'], ['George', 'm']],
    last: [['Mitchell'], ['Thompson'], ["O'Brien"], ['Clarke'], ['Harrison'], ['Walsh'], ['Bennett'], ['Hughes']],
    company: ['Brightwave Media Ltd', 'Northern Rail Partners', 'Acme Widgets plc', "Baker & O'Neill LLP", 'Greenfield Foods Inc.', 'Harbour Analytics'],
    role: ['Head of People', 'Office Manager', 'CEO', 'Events Coordinator', 'Procurement Lead', 'Executive Assistant'],
    city: ['221B Baker Street, London NW1 6XE', '12 Grafton Street, Dublin 2', '350 Fifth Avenue, New York, NY 10118'],
    domain: 'co.uk', phone: () => '+44 7', tld: 'com',
    notes: [
      'Runs a yearly incentive trip for the top 30 sales people, usually in May.',
      'Decisions go through the board in Q1; the budget is fixed in January.',
      'Prefers short emails with a one-page summary; calls only before noon.',
      'Important: two vegetarians in the group, one nut allergy.',
      'Pays on time; invoices to the finance team in Leeds, not head office.',
      'Interested in Lisbon or Madeira for 2027, about 40 people, September.',
    ],
    log: ['Discussed the Q1 group tour; sent offer v2.', 'Office visit, met the new assistant.', 'Asked for a cheaper hotel near the centre, same budget.', 'Confirmed the dates, waiting for the list of participants.', 'Follow-up on the deposit after the holidays.', 'Complaint: the coach was 40 minutes late to the airport.'],
  },
};

const LOCALE_LIST = Object.entries(LOCALES).flatMap(([code, locale]) => Array(locale.weight).fill(code));
const KINDS = ['call', 'call', 'call', 'email', 'email', 'meeting', 'message', 'visit', 'note', 'order', 'payment', 'nps', 'complaint', 'referral', 'refusal'];
const STAGES = ['lead', 'prospect', 'negotiation', 'client', 'client', 'client', 'dormant', 'lost'];
const TAGS = ['vip', 'client', 'travel', 'pharma', 'it', 'baltics', 'dach', 'kz', 'fintech', 'incentive', 'mice', 'school', 'b2b'];
const ACTIONS = ['call', 'meeting', 'email', 'message', 'visit'];
const OWNERS = ['Marta Nowicka', 'Paweł Zieliński', 'Anke Schäfer', 'Дмитрий Волков'];
const CURRENCIES = ['PLN', 'EUR', 'USD', 'KZT', ''];
const FOLDERS = ['clients', 'leads', 'archive/2024', 'archive/2025', 'partners'];
const REGIONS = ['pl', 'dach', 'cis', 'kz', 'baltics', 'uk-ie'];

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** Day number -> YYYY-MM-DD (days since 1970-01-01). */
function iso(day) {
  const d = new Date(day * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const TODAY = Math.round(Date.UTC(2026, 10, 23) / 86400000); // 2026-11-23, as in the example

function translit(locale, word) {
  return (locale.latin && locale.latin[word]) || word;
}
function slug(text) {
  return text.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'client';
}
function personOf(r, locale) {
  const [first, sex] = r.pick(locale.first);
  const lastForms = r.pick(locale.last);
  const last = sex === 'f' && lastForms[1] ? lastForms[1] : lastForms[0];
  return { first, last, name: `${first} ${last}`, latin: `${translit(locale, first)} ${translit(locale, last)}` };
}
function phoneOf(r, locale) {
  return `${locale.phone()}${r.int(10, 99)} ${r.int(100, 999)} ${r.int(10, 99)} ${r.int(10, 99)}`;
}
/** A YAML scalar as a person would write it: plain, or quoted when they felt like it or had to. */
function scalar(r, text) {
  if (/^[\[\]{}&*!|>'"%@`#,]|: | #|^- /.test(text) || /:$/.test(text)) return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (r.chance(0.08)) return text.includes("'") ? `"${text}"` : `'${text}'`;
  if (r.chance(0.04) && !text.includes('"')) return `"${text}"`;
  return text;
}

function logEntries(r, locale, count) {
  const entries = [];
  let day = TODAY - r.int(0, 60);
  for (let i = 0; i < count; i++) {
    const kind = r.pick(KINDS);
    let text;
    if (kind === 'order' || kind === 'payment') {
      const amount = r.chance(0.3) ? `${r.int(500, 90000)},${pad(r.int(0, 99))}` : String(r.int(500, 90000));
      text = `${amount} ${r.pick(CURRENCIES)} ${r.pick(locale.log)}`.replace(/  +/g, ' ');
    } else if (kind === 'nps') {
      text = `${r.int(3, 10)} ${r.pick(locale.log)}`;
    } else {
      text = r.pick(locale.log);
      if (r.chance(0.3)) text += ' ' + r.pick(locale.log);
    }
    const time = r.chance(0.35) ? ` ${pad(r.int(8, 18))}:${r.pick(['00', '15', '30', '45'])}` : '';
    const continuation = r.chance(0.12) ? [r.pick(locale.notes)] : [];
    entries.push({ when: `${iso(day)}${time}`, kind, text, continuation });
    day -= r.int(2, 40);
  }
  return entries;
}

/** One dossier: { rel, text }. `kind` is 'md', 'yaml' or 'broken'. */
function dossier(r, n, kind) {
  const code = r.pick(LOCALE_LIST);
  const locale = LOCALES[code];
  const person = personOf(r, locale);
  const company = r.pick(locale.company);
  const isCyrillic = code === 'ru' || code === 'kk';
  const mailName = slug(person.latin).replace(/-/g, '.');
  const domain = slug(company.replace(/(sp\. z o\.o\.|GmbH.*|AG|Ltd|plc|LLP|Inc\.|UAB|AB|ООО|АО|ПАО|ЖШС|АҚ)/g, '')).slice(0, 24) || 'firma';
  const targetSize = r.int(900, 5000);
  const stage = r.pick(STAGES);
  const tags = [...new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(TAGS)))];
  const fm = []; // [key, rendered lines]
  const line = (s) => fm.push(s);

  if (r.chance(0.15)) line(`# Dossier ${n}; ${r.pick(['imported from the old CRM', 'owner changed in 2025', 'see also the shared drive'])}`);
  line(`name: ${scalar(r, person.name)}`);
  if (isCyrillic) line(`name_latin: ${scalar(r, person.latin)}`);
  if (r.chance(0.25)) line(`aliases: [${scalar(r, person.first)}, ${scalar(r, person.latin.split(' ')[0] + ' ' + person.last[0] + '.')}]`);
  line(`company: ${scalar(r, company)}`);
  line(`role: ${scalar(r, r.pick(locale.role))}`);
  if (r.chance(0.2)) {
    line('email:');
    line(`  - ${mailName}@${domain}.${locale.tld}`);
    line(`  - ${mailName}@gmail.com`);
  } else line(`email: ${mailName}@${domain}.${locale.tld}`);
  if (r.chance(0.15)) line(`phone: [${scalar(r, phoneOf(r, locale))}, ${scalar(r, phoneOf(r, locale))}]`);
  else line(`phone: ${scalar(r, phoneOf(r, locale))}`);
  if (r.chance(0.7)) line(`address: ${scalar(r, r.pick(locale.city))}`);
  if (r.chance(0.4)) line(`website: https://www.${domain}.${locale.tld}`);
  if (r.chance(0.5)) {
    line('social:');
    line(`  linkedin: https://www.linkedin.com/in/${slug(person.latin)}`);
    if (r.chance(0.5)) line(`  telegram: "@${slug(person.latin).replace(/-/g, '_')}"`);
  }
  if (r.chance(0.6)) line(`tags: [${tags.join(', ')}]`);
  else {
    line('tags:');
    for (const tag of tags) line(`  - ${tag}`);
  }
  line(`stage: ${stage}${r.chance(0.1) ? '   # since ' + iso(TODAY - r.int(10, 400)) : ''}`);
  line(`owner: ${scalar(r, r.pick(OWNERS))}`);
  if (r.chance(0.5)) line(`cadence: ${r.pick(['10d', '2w', '3w', '1m', '2m', '1y'])}${r.chance(0.2) ? '  # VIP' : ''}`);
  if (r.chance(0.75)) {
    const next = TODAY + r.int(-30, 90);
    line(`next_contact: ${iso(next)}${r.chance(0.3) ? ` ${pad(r.int(8, 18))}:${r.pick(['00', '30'])}` : ''}`);
    line(`next_action: ${r.pick(ACTIONS)}`);
    if (r.chance(0.7)) line(`next_note: ${scalar(r, r.pick(locale.log))}`);
  }
  if (r.chance(0.3)) line(`source: ${r.pick(['referral', 'trade fair', 'website', 'cold call'])}`);
  if (r.chance(0.3)) line(`language: ${code}`);
  if (r.chance(0.2)) line(`vat_id: "${code.toUpperCase()}${r.int(1000000000, 9999999999)}"`);
  line(`created: ${iso(TODAY - r.int(100, 2000))}`);
  const dates = r.int(0, 3);
  if (dates) {
    line('important_dates:');
    for (let i = 0; i < dates; i++) {
      const yearKnown = r.chance(0.6);
      const d = iso(TODAY - r.int(3000, 20000));
      line(`  - label: ${scalar(r, r.pick(['Birthday', 'Company anniversary', 'Contract renewal', 'Urodziny', 'Geburtstag', 'День рождения', 'Туған күні', 'Gimtadienis']))}`);
      line(`    date: ${yearKnown ? d : d.slice(5)}`);
    }
  }
  const contacts = r.int(0, 4);
  if (contacts) {
    line('contacts:');
    for (let i = 0; i < contacts; i++) {
      const p = personOf(r, locale);
      line(`  - name: ${scalar(r, p.name)}`);
      line(`    role: ${scalar(r, r.pick(locale.role))}`);
      if (r.chance(0.8)) line(`    email: ${slug(p.latin).replace(/-/g, '.')}@${domain}.${locale.tld}`);
      if (r.chance(0.5)) line(`    phone: ${scalar(r, phoneOf(r, locale))}`);
      if (r.chance(0.5)) { const b = iso(TODAY - r.int(8000, 22000)); line(`    birthday: ${r.chance(0.5) ? b : b.slice(5)}`); }
    }
  }

  // Entries and notes until the target size: up to 40 entries.
  const entryCount = Math.min(40, Math.max(1, Math.round((targetSize - 900) / 110 * r.next() * 1.4)));
  const entries = logEntries(r, locale, r.int(0, entryCount));

  let text;
  if (kind === 'yaml') {
    const lines = [`# Client dossier kept as YAML (exported from the old CRM in ${r.int(2019, 2025)}).`, ...fm];
    const notes = [];
    let size = lines.join('\n').length;
    while (size < targetSize * 0.4) { const s = r.pick(locale.notes); notes.push(s); size += s.length * 2; }
    if (r.chance(0.7)) {
      lines.push('notes: |');
      for (const s of notes) lines.push(`  ${s}`);
    } else if (notes.length) {
      lines.push(`notes: ${scalar(r, notes[0])}`);
    }
    lines.push('log:');
    for (const e of entries) lines.push(`  - "${`${e.when} ${e.kind}: ${e.text}`.replace(/"/g, '\\"')}"`);
    text = lines.join('\n') + '\n';
  } else {
    const body = ['', `# ${person.name} — ${company}`, ''];
    let size = fm.join('\n').length + 200 + entries.reduce((s, e) => s + e.text.length + 30, 0);
    const para = [r.pick(locale.notes)];
    while (size < targetSize) { const s = r.pick(locale.notes); para.push(s); size += s.length * (/[а-яәғқңөұүһі]/i.test(s) ? 2 : 1.1); }
    const half = Math.ceil(para.length / 2);
    body.push(...para.slice(0, half).join(' ').match(/.{1,78}(\s|$)/g).map((s) => s.trimEnd()), '');
    if (para.length > half) {
      body.push('## Notes', '');
      for (const s of para.slice(half)) body.push(`- ${s}`);
      body.push('');
    }
    if (r.chance(0.05)) body.push('```', 'ssh travel@intranet  # not a heading: ## Log', '```', '');
    body.push('## Log', '');
    for (const e of entries) {
      body.push(`- ${e.when} ${e.kind}: ${e.text}`);
      for (const c of e.continuation) body.push(`  ${c}`);
    }
    if (r.chance(0.1)) body.push('', '## Attachments', '', '- offer-v2.pdf (shared drive)');
    text = ['---', ...fm, '---', ...body].join('\n') + '\n';
    if (kind === 'broken') text = breakIt(r, text);
    if (r.chance(0.02)) text = text.replace(/\n/g, '\r\n');
    else if (r.chance(0.01)) text = '\ufeff' + text;
  }
  const folder = r.chance(0.1) ? '' : `${r.pick(FOLDERS)}/${r.pick(REGIONS)}/${n % 50}`;
  const file = `${slug(person.latin)}-${n}.${kind === 'yaml' ? (r.chance(0.3) ? 'yml' : 'yaml') : 'md'}`;
  return { rel: folder ? `${folder}/${file}` : file, text };
}

/** Real-life breakage: an unclosed quote, a bad date, a lost closing fence. */
function breakIt(r, text) {
  const how = r.int(0, 2);
  if (how === 0) return text.replace(/\nrole: .*\n/, '\nrole: "Head of Sales\n');
  if (how === 1) return text.replace(/\ncreated: .*\n/, '\nnext_contact: 2026-13-05\ncreated: 2024-02-30\n').replace(/\nnext_contact: (?!2026-13-05).*\n/, '\n');
  return text.replace(/\n---\n/, '\n\n');
}

const SETTINGS = `# Settings of this benchmark notebook.
log_heading: Log
week_starts_on: monday
working_days: [mon, tue, wed, thu, fri]
daily_capacity: 8
cadence_by_tag:
  vip: 2w
  client: 1m
currency: PLN
`;

/** Writes a notebook of `count` dossiers into `root` unless its stamp says it is already there. */
function ensureNotebook(root, count, seed = 20261123) {
  const stampFile = `${root}.stamp.json`;
  const want = { generator: GENERATOR_VERSION, count, seed };
  try {
    if (JSON.stringify(JSON.parse(fs.readFileSync(stampFile, 'utf8'))) === JSON.stringify(want) && fs.existsSync(root)) return false;
  } catch { /* missing or unreadable: regenerate */ }
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(stampFile, { force: true });
  const r = prng(seed + count);
  const made = new Set();
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, '.client-notebook.yaml'), SETTINGS);
  fs.writeFileSync(path.join(root, 'README.md'), '# Benchmark notebook\n\nGenerated by scripts/bench-generate.js. Not a dossier.\n');
  for (let n = 0; n < count; n++) {
    const roll = r.next();
    const kind = roll < 0.01 ? 'broken' : roll < 0.06 ? 'yaml' : 'md';
    const { rel, text } = dossier(r, n, kind);
    const full = path.join(root, rel);
    const dir = path.dirname(full);
    if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
    fs.writeFileSync(full, text);
    if (n % 500 === 0 && n) fs.writeFileSync(path.join(dir, `meeting-notes-${n}.md`), `# Meeting ${n}\n\nNot a dossier: no front matter.\n`);
  }
  fs.writeFileSync(stampFile, JSON.stringify(want));
  return true;
}

module.exports = { ensureNotebook, GENERATOR_VERSION, TODAY, iso };

if (require.main === module) {
  const root = process.argv[2] || 'bench-data/sample';
  const count = Number(process.argv[3] || 20);
  ensureNotebook(root, count);
  console.log(`wrote ${count} dossiers into ${root}`);
}
