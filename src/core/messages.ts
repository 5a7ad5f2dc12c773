/**
 * What the engine has to tell a person (a problem in a file, a refused edit,
 * a date it cannot read), as a stable code and the values it needs. The
 * engine never words it: each face renders it in the user's language
 * (src/messageText.ts), and the command line's `--json` prints it in English
 * beside its code. `detail` values come from the YAML and vCard libraries,
 * which speak English only.
 */
export type Message =
  // A file that cannot be read as a dossier.
  | { code: 'file.tooLarge'; mb: number }
  | { code: 'file.nulBytes' }
  | { code: 'file.notUtf8' }
  | { code: 'file.permissionDenied' }
  | { code: 'frontMatter.unclosed' }
  | { code: 'frontMatter.tooLarge'; kb: number }
  | { code: 'frontMatter.unparsable'; detail: string }
  | { code: 'yamlFile.tooLarge'; kb: number }
  | { code: 'yamlFile.unparsable'; detail: string }
  // Fields of a dossier.
  | { code: 'field.notText'; key: string; found: 'list' | 'mapping' }
  | { code: 'field.itemNotText'; key: string }
  | { code: 'field.notTextOrList'; key: string }
  | { code: 'name.missing' }
  | { code: 'dates.notList'; key: string }
  | { code: 'dates.itemWithoutDate'; key: string }
  | { code: 'dates.invalid'; key: string; value: string }
  | { code: 'contacts.notList' }
  | { code: 'contacts.withoutName' }
  | { code: 'contacts.invalidBirthday'; value: string; name: string }
  | { code: 'nextContact.invalid'; value: string }
  | { code: 'cadence.invalid'; value: string }
  // The log.
  | { code: 'log.notList' }
  | { code: 'log.itemNotText' }
  | { code: 'log.notAnEntry' }
  | { code: 'log.invalidDate'; value: string }
  | { code: 'log.withoutAmount'; kind: 'order' | 'payment' }
  | { code: 'log.invalidScore'; score?: string }
  // The notebook's settings.
  | { code: 'settings.unparsable'; detail: string }
  | { code: 'settings.notMapping' }
  | { code: 'settings.logHeading' }
  | { code: 'settings.weekStartsOn'; value: string }
  | { code: 'settings.workingDay'; value: string }
  | { code: 'settings.workingDays' }
  | { code: 'settings.dailyCapacity'; value: string }
  | { code: 'settings.tagCadence'; tag: string }
  | { code: 'settings.cadenceByTag' }
  | { code: 'settings.currency' }
  | { code: 'settings.segments' }
  | { code: 'settings.segmentNumber'; key: string; value?: string }
  | { code: 'settings.vipAmount'; value?: string }
  | { code: 'settings.vipAmountCurrency'; currency: string }
  | { code: 'settings.unknownThreshold'; key: string }
  // Edits the engine refuses to make.
  | { code: 'edit.noFrontMatter' }
  | { code: 'edit.yamlUnparsable'; detail: string }
  | { code: 'edit.notBlockMapping' }
  | { code: 'edit.notScalar'; key: string }
  | { code: 'edit.notList'; key: string }
  | { code: 'edit.itemNotLocated'; key: string }
  | { code: 'edit.firstItemInline'; key: string }
  | { code: 'edit.disturbsOtherKeys' }
  | { code: 'edit.noLongerDossier' }
  | { code: 'edit.notReadBack'; key: string }
  | { code: 'edit.nextContactKept' }
  | { code: 'edit.entryNotReadBack' }
  | { code: 'edit.notUtf8' }
  | { code: 'edit.broken'; problem: Message }
  | { code: 'edit.notDossier' }
  | { code: 'edit.invalidKind'; kind: string }
  | { code: 'edit.notPlainField'; key: string }
  | { code: 'edit.emptyValue'; key: string }
  // Date phrases (`tomorrow`, `+2w`, `5 jul`). `day`s are calendar days; `month` is 1-12.
  | { code: 'date.empty' }
  | { code: 'date.notUnderstood'; text: string }
  | { code: 'date.unknownUnit'; unit: string; text: string }
  | { code: 'date.tooFar'; amount: number }
  | { code: 'date.noSuchMonth'; text: string; month: number }
  | { code: 'date.yearOutOfRange'; text: string }
  | { code: 'date.monthTooShort'; text: string; year: number; month: number; days: number }
  | { code: 'date.monthNeverHas'; text: string; month: number; day: number }
  | { code: 'date.noNextOccurrence'; text: string }
  | { code: 'date.invalidTime'; time: string }
  | { code: 'date.invalidMeridiemHour'; time: string }
  | { code: 'date.notIso'; text: string; example: number }
  | { code: 'date.ambiguous'; text: string; readings: string[] }
  | { code: 'date.unreadableHere'; text: string; today: number }
  | { code: 'date.partlyUnderstood'; part: string; text: string }
  | { code: 'date.range'; text: string }
  | { code: 'date.relativeTime'; text: string }
  | { code: 'date.monthWithoutDay'; text: string }
  | { code: 'date.weekdayMismatch'; text: string; day: number; written: number }
  | { code: 'date.outOfRange'; text: string }
  // Importing contacts.
  | { code: 'import.invalidEmail'; value: string }
  | { code: 'import.invalidPhone'; value: string }
  | { code: 'import.invalidBirthday'; value: string }
  | { code: 'import.withoutName' }
  | { code: 'import.duplicate'; by: 'email' | 'phone' | 'nameAndCompany' | 'nameWithoutCompany'; value?: string; path: string; line?: number }
  | { code: 'import.noNameColumn'; columns: string[] }
  | { code: 'import.mappingNotPair'; part: string }
  | { code: 'import.mappingNotField'; field: string; fields: string[] }
  | { code: 'import.mappingNoColumn'; column: string; columns: string[] }
  | { code: 'import.vcardUnparsable'; detail: string };

export type MessageCode = Message['code'];
