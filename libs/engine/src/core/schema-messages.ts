import type { ErrorObject } from 'ajv';
import { closestMatch, enumSuggestion } from './closest-match.js';
import { danishNumber, danishTypeName, danishTypeOf, quoteValue } from './danish-value.js';
import { formatDate, isIsoDate } from '../format/danish.js';

/** Why a field matters, added to "Feltet … mangler" so the officer knows what to write. */
const REQUIRED_HINTS: Record<string, string> = {
  reference: 'Hver værdi skal have sin retsgrundlag-henvisning.',
  instrument: 'Angiv retsakten, fx »BEK nr. 975 af 2025«.',
  id: 'Angiv regelsættets id; det skal være det samme som mappens navn.',
  kind: 'Angiv regelsættets type, fx »capacity«.',
  version: 'Angiv versionen; den skal være det samme som filens navn uden ».json«.',
  validFrom: 'Angiv første gyldighedsdag som ÅÅÅÅ-MM-DD.',
  status: 'Angiv »draft« (udkast) eller »published« (offentliggjort).',
  title: 'Angiv en dansk titel.',
  description: 'Angiv en dansk beskrivelse.',
  legalBasis: 'Angiv regelsættets retsgrundlag, fx { "instrument": "BEK nr. 975 af 2025" }.',
  content: 'Regelsættet skal have et indhold.',
  value: 'Angiv selve værdien.',
};

const STATUS_WORDS: Record<string, string> = { draft: 'udkast', published: 'offentliggjort' };

/** One ajv error as a Danish sentence a legal officer can act on. */
export function danishSchemaMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const data = error.data;
  const parentSchema = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return [`Feltet »${field}« mangler.`, REQUIRED_HINTS[field]].filter(Boolean).join(' ');
    }
    case 'dependentRequired':
      return `Feltet »${String(params.missingProperty)}« mangler, fordi »${String(params.property)}« er angivet.`;
    case 'type': {
      const expected = String(params.type).split(',').map(danishTypeName).join(' eller ');
      return `Skal være ${expected}, men er ${danishTypeOf(data)} (${quoteValue(data)}).`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const list = allowed.map((v) => (typeof v === 'string' && STATUS_WORDS[v] ? `${quoteValue(v)} (${STATUS_WORDS[v]})` : quoteValue(v))).join(', ');
      const guess = enumSuggestion(error);
      return `Ugyldig værdi ${quoteValue(data)}. Tilladte værdier: ${list}.${guess ? ` Mente du ${quoteValue(guess)}?` : ''}`;
    }
    case 'const':
      return `Skal være ${quoteValue(params.allowedValue)}, men er ${quoteValue(data)}.`;
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const guess = closestMatch(field, known);
      const allowed = known.length ? ` Tilladte felter her: ${known.join(', ')}.` : '';
      return `Ukendt felt »${field}«.${guess ? ` Mente du »${guess}«?` : ''}${allowed}`;
    }
    case 'minimum':
      return `Skal være mindst ${danishNumber(Number(params.limit))}, men er ${quoteValue(data)}.`;
    case 'maximum':
      return `Må højst være ${danishNumber(Number(params.limit))}, men er ${quoteValue(data)}.`;
    case 'exclusiveMinimum':
      return `Skal være større end ${danishNumber(Number(params.limit))}, men er ${quoteValue(data)}.`;
    case 'exclusiveMaximum':
      return `Skal være mindre end ${danishNumber(Number(params.limit))}, men er ${quoteValue(data)}.`;
    case 'formatMinimum':
    case 'formatMaximum': {
      // Only dates are bounded this way (kinds/shared/date-schema.ts).
      const limit = String(params.limit);
      const shown = isIsoDate(limit) ? formatDate(limit) : limit;
      const word = error.keyword === 'formatMinimum' ? 'før' : 'efter';
      return `Datoen ${quoteValue(data)} ligger ${word} ${shown}, uden for de år, reglerne kan gælde for. Kontrollér årstallet.`;
    }
    case 'multipleOf':
      return `Skal være et multiplum af ${danishNumber(Number(params.multipleOf))}, men er ${quoteValue(data)}.`;
    case 'format':
      return formatMessage(String(params.format), data);
    case 'pattern':
      return `${quoteValue(data)} har ikke den rigtige form${parentSchema.description ? `: ${parentSchema.description}` : ` (mønster ${String(params.pattern)})`}.`;
    case 'minLength':
      return Number(params.limit) <= 1 ? 'Må ikke være tom.' : `Skal være mindst ${danishNumber(Number(params.limit))} tegn.`;
    case 'maxLength':
      return `Må højst være ${danishNumber(Number(params.limit))} tegn.`;
    case 'minItems':
      return `Listen skal have mindst ${danishNumber(Number(params.limit))} ${Number(params.limit) === 1 ? 'række' : 'rækker'}, men har ${danishNumber(Array.isArray(data) ? data.length : 0)}.`;
    case 'maxItems':
      return `Listen må højst have ${danishNumber(Number(params.limit))} rækker, men har ${danishNumber(Array.isArray(data) ? data.length : 0)}.`;
    case 'uniqueItems':
      return `Listen har den samme værdi to gange (række ${Number(params.j) + 1} og ${Number(params.i) + 1}).`;
    case 'minProperties':
      return `Objektet skal have mindst ${danishNumber(Number(params.limit))} felt(er).`;
    case 'anyOf':
    case 'oneOf':
      return error.keyword === 'oneOf' && Array.isArray(params.passingSchemas)
        ? 'Værdien passer på mere end én af de tilladte former; gør den entydig.'
        : 'Værdien passer ikke på nogen af de tilladte former. Se de øvrige fejl på samme sted.';
    case 'not':
      return 'Værdien er ikke tilladt her.';
    case 'false schema':
      return 'Feltet er ikke tilladt her.';
    case 'propertyNames':
      return `Ugyldigt feltnavn ${quoteValue(params.propertyName)}.`;
    default:
      return `Ugyldig værdi ${quoteValue(data)} (${error.keyword}: ${error.message ?? ''}).`;
  }
}

function formatMessage(format: string, data: unknown): string {
  if (format === 'date') {
    const looksLikeDate = typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data);
    return looksLikeDate
      ? `${quoteValue(data)} er ikke en dato, der findes i kalenderen. Ret dag eller måned.`
      : `${quoteValue(data)} er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-02-01.`;
  }
  if (format === 'uri') return `${quoteValue(data)} er ikke en gyldig webadresse. Skriv den fulde adresse, fx https://www.retsinformation.dk/eli/lta/2025/975.`;
  return `${quoteValue(data)} har ikke formatet »${format}«.`;
}
