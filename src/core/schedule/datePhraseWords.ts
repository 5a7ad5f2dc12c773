/**
 * Date phrases in Polish, Lithuanian and Kazakh, which chrono-node does not read, rewritten
 * word by word as the English phrase our grammar reads: `jutro o 10` → `tomorrow at 10`,
 * `za 3 dni` → `in 3 days`, `kitą penktadienį` → `next fri`, `5 lipca` → `5 jul`,
 * `3 күннен кейін` → `in 3 days`. The words are the usual ones and their usual cases; a
 * phrase with any other word is not rewritten, so it is never a guess.
 */

const WORDS: Readonly<Record<string, string>> = {
  // Polish
  dziś: 'today', dzisiaj: 'today', jutro: 'tomorrow', pojutrze: 'day after tomorrow',
  poniedziałek: 'mon', wtorek: 'tue', środa: 'wed', środę: 'wed', czwartek: 'thu', piątek: 'fri', sobota: 'sat', sobotę: 'sat', niedziela: 'sun', niedzielę: 'sun',
  przyszły: 'next', przyszłą: 'next', przyszłym: 'next', następny: 'next', następną: 'next', następnym: 'next',
  tydzień: 'week', tygodniu: 'week', tygodnie: 'weeks', tygodni: 'weeks', dzień: 'days', dni: 'days',
  miesiąc: 'month', miesiącu: 'month', miesiące: 'months', miesięcy: 'months', rok: 'year', roku: 'year', lata: 'years', lat: 'years',
  za: 'in', o: 'at',
  stycznia: 'jan', lutego: 'feb', marca: 'mar', kwietnia: 'apr', maja: 'may', czerwca: 'jun',
  lipca: 'jul', sierpnia: 'aug', września: 'sep', października: 'oct', listopada: 'nov', grudnia: 'dec',
  // Lithuanian
  šiandien: 'today', rytoj: 'tomorrow', poryt: 'day after tomorrow',
  pirmadienis: 'mon', pirmadienį: 'mon', antradienis: 'tue', antradienį: 'tue', trečiadienis: 'wed', trečiadienį: 'wed',
  ketvirtadienis: 'thu', ketvirtadienį: 'thu', penktadienis: 'fri', penktadienį: 'fri', šeštadienis: 'sat', šeštadienį: 'sat',
  sekmadienis: 'sun', sekmadienį: 'sun',
  kitą: 'next', kitas: 'next', kitų: 'next', kitais: 'next', savaitę: 'week', savaitės: 'weeks', savaičių: 'weeks', dienos: 'days', dienų: 'days',
  mėnesį: 'month', mėnesio: 'months', mėnesių: 'months', metų: 'years', metais: 'year', po: 'in',
  sausio: 'jan', vasario: 'feb', kovo: 'mar', balandžio: 'apr', gegužės: 'may', birželio: 'jun',
  liepos: 'jul', rugpjūčio: 'aug', rugsėjo: 'sep', spalio: 'oct', lapkričio: 'nov', gruodžio: 'dec',
  // Kazakh
  бүгін: 'today', ертең: 'tomorrow', бүрсігүні: 'day after tomorrow',
  дүйсенбі: 'mon', сейсенбі: 'tue', сәрсенбі: 'wed', бейсенбі: 'thu', жұма: 'fri', сенбі: 'sat', жексенбі: 'sun',
  келесі: 'next', апта: 'week', аптада: 'week', аптасы: 'week', ай: 'month', айда: 'month', жыл: 'year', жылы: 'year',
  қаңтар: 'jan', ақпан: 'feb', наурыз: 'mar', сәуір: 'apr', мамыр: 'may', маусым: 'jun',
  шілде: 'jul', тамыз: 'aug', қыркүйек: 'sep', қазан: 'oct', қараша: 'nov', желтоқсан: 'dec',
};

/** Words that only join the others (`w piątek`, `gruodžio 5 d.`), dropped. */
const FILLERS = new Set(['w', 'we', 'd', 'd.']);

/** Kazakh puts the amount first: `3 күннен кейін`, `2 аптадан кейін`. */
const KAZAKH_AFTER = /^(?:(\d+) )?(күннен|аптадан|айдан|жылдан) кейін(?: (.*))?$/;
const KAZAKH_UNITS: Readonly<Record<string, string>> = { күннен: 'days', аптадан: 'weeks', айдан: 'months', жылдан: 'years' };

/** The English phrase for a Polish, Lithuanian or Kazakh one (lower-case, single spaces), or undefined. */
export function inEnglishWords(lower: string): string | undefined {
  let phrase = lower;
  const after = KAZAKH_AFTER.exec(phrase);
  if (after) phrase = `in ${after[1] ?? 'a'} ${KAZAKH_UNITS[after[2]]}${after[3] ? ` ${after[3]}` : ''}`;
  let rewritten = false;
  const words: string[] = [];
  for (const token of phrase.split(' ')) {
    if (FILLERS.has(token)) continue;
    const english = WORDS[token];
    if (english !== undefined) {
      words.push(english);
      rewritten = true;
    } else if (/^[\d:.+-]+$|^[a-z]+$/.test(token)) {
      words.push(token); // numbers, times, and English already
    } else {
      return undefined;
    }
  }
  if (!rewritten && !after) return undefined;
  // `za tydzień`, `po mėnesio`: one of the unit, as `in a week`.
  return words.join(' ').replace(/^in (days?|weeks?|months?|years?)\b/, 'in a $1');
}
