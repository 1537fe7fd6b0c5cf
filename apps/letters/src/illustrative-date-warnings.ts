import { formatDate } from '@fordeling/engine';
import { TIMELINE_DATE_FIELDS, type IllustrativeDate } from '@fordeling/letters';

/**
 * One warning per illustrative timeline date that the letters print: a letter states its dates as
 * firm (a hearing deadline binds the clinic), so a date the rule set only marks as illustrative must
 * be replaced before the letters are sent. `printed` is the letter kind's printed fields
 * (printedFields); dates the letter does not print are not mentioned.
 */
export function illustrativeDateWarnings(dates: readonly IllustrativeDate[], printed: ReadonlySet<string>, round: number): string[] {
  return dates.flatMap((date) => {
    const fields = TIMELINE_DATE_FIELDS[date.field].filter((field) => printed.has(field));
    if (fields.length === 0) return [];
    // The hearing letter's deadline is the case's (a cases file may set its own; a round from the store
    // has the timeline's date), so it is the illustrative date only in the letters that carry it.
    const where = fields.every((field) => field === 'hearing.deadline') ? 'står som fast frist i hvert brev med den frist' : 'står i brevene som en fast dato';
    return [
      `Tidsplanen for ${round}: »${date.label}« ${formatDate(date.date)} er en illustrativ dato, men ${where}. ` +
        `Ret den i ${date.file} ${date.pointer}, før brevene sendes.`,
    ];
  });
}
