import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatNumber, isIsoDate, plural } from '@fordeling/engine';
import {
  defaultTemplatesDir,
  INDEX_JSON,
  isLetterKind,
  LETTER_KINDS,
  LETTER_SCHEMAS,
  LetterInputError,
  schemaFields,
  type LetterFormat,
} from '@fordeling/letters';
import { createLettersContainer } from './container.js';
import { openHearingStore } from './hearing-store.js';
import { LettersApp, LettersSetupError, type LettersReport } from './letters-app.js';
import { progressListener } from './progress.js';

const USAGE = `Brug:
  fordeling letters --run MAPPE --letter ${LETTER_KINDS.join('|')} --out MAPPE [tilvalg]
  fordeling letters --hearing ID --letter vejledende|hoering|afgoerelse --out MAPPE [tilvalg]
  fordeling letters check [--templates MAPPE]
  fordeling letters fields --letter NAVN

Tilvalg:
  --region R           kun klinikker i regionen (fx Sjælland)
  --clinic YDERNR      kun én klinik
  --format html|pdf|both   (standard: html)
  --cases FIL          sager med foreløbige/endelige tal og høringssvar (hoering, afgoerelse)
  --hearing ID         høringens sager fra databasen i stedet for --cases; kørslen hentes også derfra
  --data-dir MAPPE     PGlite-databasens mappe (standard .data/pglite); med DATABASE_URL bruges PostgreSQL
  --no-record          registrér ikke brev-id og indholds-hash på sagerne (standard med --hearing: registrér)
  --decisions FIL      afgørelser om kapacitet (kapacitet)
  --date ÅÅÅÅ-MM-DD    brevdato (standard: tidsplanens dato for brevtypen)
  --round ÅR           beregningsrunde (standard: året for kørslens skæringsdato)
  --templates MAPPE    skabelonmappe (standard: templates/)
  --rules MAPPE        regelmappe (standard: rules/)
  --concurrency N      PDF-sider der dannes samtidig (standard: 4)

Et brev der allerede er dannet med samme indhold, springes over. Afslutningskode 1 når et eller flere
breve fejlede (de øvrige er dannet), 2 ved forkert brug eller fejl i skabeloner eller inddata.`;

/** `fordeling letters …` — exit code 0 all letters written, 1 some failed, 2 usage/setup error. */
export async function runLettersCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        run: { type: 'string' }, letter: { type: 'string' }, out: { type: 'string' }, region: { type: 'string' },
        clinic: { type: 'string' }, format: { type: 'string', default: 'html' }, cases: { type: 'string' },
        decisions: { type: 'string' }, date: { type: 'string' }, round: { type: 'string' }, templates: { type: 'string' },
        rules: { type: 'string' }, concurrency: { type: 'string', default: '4' }, hearing: { type: 'string' },
        'data-dir': { type: 'string' }, record: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const templatesDir = path.resolve(values.templates ?? defaultTemplatesDir);
  const app = createLettersContainer(values.rules ? path.resolve(values.rules) : undefined).get(LettersApp);
  const [sub] = positionals;

  try {
    if (sub === 'check') {
      const { errors, warnings } = await app.check(templatesDir);
      for (const warning of warnings) console.error(`Advarsel: ${warning}`);
      if (errors.length) {
        console.error(`Skabelonerne i ${templatesDir} har ${errors.length} fejl:\n${errors.join('\n')}`);
        return 1;
      }
      console.log(`Alle ${LETTER_KINDS.length} brevskabeloner i ${templatesDir} passer til deres dataskema.`);
      return 0;
    }
    if (sub === 'fields') {
      if (!values.letter || !isLetterKind(values.letter)) return usageError(`Angiv --letter ${LETTER_KINDS.join('|')}.`);
      for (const f of schemaFields(LETTER_SCHEMAS[values.letter])) {
        console.log(`${f.path.padEnd(42)} ${f.type.padEnd(16)} ${f.required ? 'altid ' : 'valgfri'} ${f.description}`);
      }
      return 0;
    }
    if (sub) return usageError(`Ukendt underkommando »${sub}«.`);

    if ((!values.run && !values.hearing) || !values.out || !values.letter) return usageError('--run (eller --hearing), --letter og --out skal angives.');
    if (!isLetterKind(values.letter)) return usageError(`Ukendt brev »${values.letter}«; vælg ${LETTER_KINDS.join(', ')}.`);
    if (values.hearing && values.cases) return usageError('--hearing og --cases kan ikke bruges sammen: med --hearing kommer sagerne fra databasen.');
    if (values.hearing && values.letter === 'kapacitet') return usageError('Brevet »kapacitet« bygger på --decisions FIL, ikke på en høring.');
    if (!values.hearing && (values.record !== undefined || values['data-dir'])) return usageError('--record, --no-record og --data-dir hører til --hearing.');
    const formats: Record<string, LetterFormat[]> = { html: ['html'], pdf: ['pdf'], both: ['html', 'pdf'] };
    if (!formats[values.format!]) return usageError(`--format skal være html, pdf eller both, ikke »${values.format}«.`);
    if (values.date && !isIsoDate(values.date)) return usageError(`--date »${values.date}« er ikke en dato på formen ÅÅÅÅ-MM-DD.`);
    const round = values.round ? Number(values.round) : undefined;
    if (round !== undefined && !Number.isInteger(round)) return usageError(`--round »${values.round}« er ikke et årstal.`);
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) return usageError(`--concurrency skal være et helt tal over 0.`);

    const outDir = path.resolve(values.out);
    const store = values.hearing ? await openHearingStore(values['data-dir']) : undefined;
    const listener = progressListener(values.letter);
    const started = Date.now();
    let report: LettersReport;
    try {
      report = await app.generate(
        {
          runDir: values.run && path.resolve(values.run), kind: values.letter, outDir, formats: formats[values.format!], templatesDir,
          region: values.region, providerNumber: values.clinic,
          casesFile: values.cases && path.resolve(values.cases), decisionsFile: values.decisions && path.resolve(values.decisions),
          date: values.date, round, concurrency,
          ...(store && values.hearing ? { hearing: { store, id: values.hearing, record: values.record ?? true } } : {}),
        },
        listener,
      );
    } finally {
      await store?.close();
    }
    const seconds = (Date.now() - started) / 1000;
    for (const f of report.failures) console.error(`Fejl: ydernummer ${f.providerNumber} (${f.clinic || 'ukendt klinik'}): ${f.message}`);
    console.log(
      `${plural(report.total, 'brev', 'breve')} »${values.letter}«: ${formatNumber(report.written)} dannet, ${formatNumber(report.skipped)} uændrede (sprunget over), ${formatNumber(report.failures.length)} fejlede` +
        ` på ${formatNumber(seconds, 1)} s. Oversigt: ${path.join(outDir, INDEX_JSON)}`,
    );
    if (report.recorded) {
      console.log(`Registreret på høringens sager: ${plural(report.recorded.now, 'nyt brev', 'nye breve')}, ${formatNumber(report.recorded.already)} var registreret i forvejen.`);
    }
    return report.failures.length ? 1 : 0;
  } catch (error) {
    if (error instanceof LettersSetupError) console.error(error.lines.join('\n'));
    else if (error instanceof LetterInputError) console.error(`Inddata kan ikke bruges: ${error.file}\n  ${error.problems.join('\n  ')}`);
    else throw error;
    return 2;
  }
}

function usageError(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}
