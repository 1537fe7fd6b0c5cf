// The hot path of readInputs: runs of citizens.csv records parsed straight from their bytes into the
// columns, with no strings, arrays or objects per row (5.96 million rows; issue 17 keeps this within
// 1,3× of a bare parser that checks nothing). It only ACCEPTS rows: anything unusual — a bad
// number, an unknown code, a quote, a wrong field count — stops the scan at that record, which goes
// through the validating CsvRow path that writes the Danish reason. Every check here is one that
// path makes too, so both accept exactly the same rows with the same values; the tests read the same
// files with and without this path and require identical columns and reports.
import type { CitizenColumnsBuilder } from './citizen-columns.js';
import { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES } from './codes.js';
import type { RowScanner } from './csv-table.js';

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const ZERO = 0x30;
const ONE = 0x31;
const M = 0x4d;
const K = 0x4b;
/** A whole number has at most 15 digits (field-parsers.ts), so it is exact in a double. */
const MAX_DIGITS = 15;
const MAX_MUNICIPALITY_CODE = 9999;
/** Numeric provider numbers up to this are looked up in a table instead of a Map. */
const PROVIDER_TABLE_LIMIT = 1 << 22;

export interface CitizenFastPathContext {
  builder: CitizenColumnsBuilder;
  /** Municipality code → column index, -1 when unknown; asked once per code, in file order. */
  municipalityIndex(code: number): number;
  /** Provider numbers of clinics.csv in clinic order. */
  providerNumbers: readonly string[];
}

/** The citizens.csv header in the order the fast path reads. */
export const CITIZEN_FIELD_ORDER = [
  'id', 'sex', 'age', 'municipality_code', 'provider_number', 'somatic_diseases', 'psychiatric_disease',
  'civil_status', 'menapt', 'education', 'parents_education', 'outside_labour_market',
];

export function citizenFastPath(ctx: CitizenFastPathContext): RowScanner {
  const { builder } = ctx;
  const civil = codeTable(CIVIL_STATUSES);
  const education = codeTable(EDUCATIONS);
  const { length: civilLength } = civil;
  const { length: educationLength } = education;
  const provider = providerLookup(ctx.providerNumbers);
  const providerTable = provider.table;
  const municipalityCache = new Int32Array(MAX_MUNICIPALITY_CODE + 1).fill(-2);
  let accepted = 0;

  const scanner = {
    line: 0,
    get accepted() {
      return accepted;
    },
    scan(buf: Buffer, start: number, end: number): number {
      const c = builder.columns;
      const { id: ids, line: lines, sex: sexes, age: ages, municipality: municipalities, clinic: clinics } = c;
      const { somaticDiseases, psychiatricDisease, civilStatus, menapt: menapts, education: educations, parentsEducation, outsideLabourMarket } = c;
      const capacity = ids.length;
      // Codes are compared 16 bytes at a time (the reader leaves SCAN_SLACK bytes after the data).
      const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      let n = c.count;
      let line = scanner.line;
      let p = start;
      // Every `break` leaves the record at `p` to the validating path.
      while (p < end) {
        let b = buf[p];
        if (b === NEWLINE || (b === RETURN && buf[p + 1] === NEWLINE)) {
          p += b === NEWLINE ? 1 : 2;
          line++;
          continue;
        }
        if (n === capacity) break;
        let q = p;
        // id: 1–15 digits. A digit loop stops at the record's line break at the latest (`end` is just after one).
        let id = 0;
        for (let d = b - ZERO; d >>> 0 < 10; d = buf[++q] - ZERO) id = id * 10 + d;
        if (buf[q] !== COMMA || q === p || q - p > MAX_DIGITS) break;
        // sex: M or K.
        const sex = buf[++q];
        if ((sex !== M && sex !== K) || buf[q + 1] !== COMMA) break;
        q += 2;
        // age: whole years, 0–MAX_AGE.
        let from = q;
        let age = 0;
        for (let d = buf[q] - ZERO; d >>> 0 < 10; d = buf[++q] - ZERO) age = age * 10 + d;
        if (buf[q] !== COMMA || q === from || q - from > MAX_DIGITS || age > MAX_AGE) break;
        // municipality_code: a code the lookup knows.
        from = ++q;
        let code = 0;
        for (let d = buf[q] - ZERO; d >>> 0 < 10; d = buf[++q] - ZERO) code = code * 10 + d;
        if (buf[q] !== COMMA || q === from || q - from > MAX_DIGITS || code > MAX_MUNICIPALITY_CODE) break;
        let municipality = municipalityCache[code];
        if (municipality === -2) municipality = municipalityCache[code] = ctx.municipalityIndex(code);
        if (municipality < 0) break;
        // provider_number: empty, or one of clinics.csv's; digits without a leading zero as a number.
        from = ++q;
        let clinic = -1;
        if (buf[q] !== COMMA) {
          let value = 0;
          if (buf[q] !== ZERO) for (let d = buf[q] - ZERO; d >>> 0 < 10; d = buf[++q] - ZERO) value = value * 10 + d;
          if (buf[q] === COMMA && q > from && q - from <= MAX_DIGITS) {
            clinic = providerTable ? (value < providerTable.length ? providerTable[value] : -1) : provider.byNumber(value);
          } else {
            q = provider.byText(buf, from);
            clinic = provider.found;
          }
          if (clinic < 0) break;
        }
        // somatic_diseases: 0–MAX_SOMATIC_DISEASES.
        from = ++q;
        let somatic = 0;
        for (let d = buf[q] - ZERO; d >>> 0 < 10; d = buf[++q] - ZERO) somatic = somatic * 10 + d;
        if (buf[q] !== COMMA || q === from || q - from > MAX_DIGITS || somatic > MAX_SOMATIC_DISEASES) break;
        // psychiatric_disease: 0 or 1.
        const psychiatric = buf[++q];
        if ((psychiatric !== ZERO && psychiatric !== ONE) || buf[q + 1] !== COMMA) break;
        q += 2;
        // civil_status: one of the codes, then a comma.
        const civilIndex = codeAt(civil, buf, view, q);
        if (civilIndex < 0) break;
        q += civilLength[civilIndex];
        // menapt: 0 or 1.
        const menapt = buf[q];
        if ((menapt !== ZERO && menapt !== ONE) || buf[q + 1] !== COMMA) break;
        q += 2;
        // education, parents_education: codes as civil_status.
        const own = codeAt(education, buf, view, q);
        if (own < 0) break;
        q += educationLength[own];
        const parents = codeAt(education, buf, view, q);
        if (parents < 0) break;
        q += educationLength[parents];
        // outside_labour_market: 0 or 1, and the record ends there (12 fields).
        const outside = buf[q];
        if (outside !== ZERO && outside !== ONE) break;
        b = buf[q + 1];
        if (b === NEWLINE) q += 2;
        else if (b === RETURN && buf[q + 2] === NEWLINE) q += 3;
        else break;
        ids[n] = id;
        lines[n] = line;
        sexes[n] = sex === M ? 0 : 1;
        ages[n] = age;
        municipalities[n] = municipality;
        clinics[n] = clinic;
        somaticDiseases[n] = somatic;
        psychiatricDisease[n] = psychiatric - ZERO;
        civilStatus[n] = civilIndex;
        menapts[n] = menapt - ZERO;
        educations[n] = own;
        parentsEducation[n] = parents;
        outsideLabourMarket[n] = outside - ZERO;
        n++;
        line++;
        p = q;
      }
      accepted += n - c.count;
      c.count = n;
      scanner.line = line;
      return p;
    },
  };
  return scanner;
}

/** A code's index in `candidate` at or above this: no code, or several (left to the validating path). */
const AMBIGUOUS = 254;

/**
 * A code list for matching in place: `candidate` maps a field's first two bytes (for a one-letter
 * code: the letter and the comma) to the one code starting so. Code k and its comma (at most 16
 * bytes; longer codes take the validating path) are `length[k]` bytes, held as four little-endian
 * words from `words[4k]`, with `masks` clearing what lies past the comma.
 */
type CodeTable = ReturnType<typeof codeTable>;

function codeTable(codes: readonly string[]) {
  const candidate = new Uint8Array(1 << 16).fill(255);
  const words = new Int32Array(codes.length * 4);
  const masks = new Int32Array(codes.length * 4);
  const length = new Int32Array(codes.length);
  codes.forEach((code, k) => {
    const bytes = Buffer.from(`${code},`);
    const key = (bytes[0] << 8) | bytes[1];
    candidate[key] = candidate[key] === 255 && bytes.length <= 16 ? k : AMBIGUOUS;
    length[k] = bytes.length;
    const padded = Buffer.alloc(16);
    bytes.copy(padded, 0, 0, 16);
    for (let w = 0; w < 4; w++) {
      const used = Math.max(0, Math.min(4, bytes.length - 4 * w));
      masks[4 * k + w] = used === 4 ? -1 : (1 << (8 * used)) - 1;
      words[4 * k + w] = padded.readInt32LE(4 * w) & masks[4 * k + w];
    }
  });
  return { candidate, words, masks, length };
}

/**
 * The index of the code in the field at `at`, followed by its comma, or -1: the candidate its first
 * two bytes name, compared as four masked words in one branch.
 */
function codeAt(table: CodeTable, buf: Buffer, view: DataView, at: number): number {
  const k = table.candidate[(buf[at] << 8) | buf[at + 1]];
  if (k >= AMBIGUOUS) return -1;
  const { words, masks } = table;
  const w = 4 * k;
  const difference =
    ((view.getInt32(at, true) ^ words[w]) & masks[w]) |
    ((view.getInt32(at + 4, true) ^ words[w + 1]) & masks[w + 1]) |
    ((view.getInt32(at + 8, true) ^ words[w + 2]) & masks[w + 2]) |
    ((view.getInt32(at + 12, true) ^ words[w + 3]) & masks[w + 3]);
  return difference === 0 ? k : -1;
}

/**
 * Provider numbers → clinic index. Numeric provider numbers (the usual case) are matched as numbers
 * without decoding, in a table when they are small; a leading zero makes another provider number
 * (0123 is not 123), so such text is matched as text, like any other.
 */
function providerLookup(providerNumbers: readonly string[]) {
  const byText = new Map(providerNumbers.map((p, i) => [p, i]));
  const numeric = providerNumbers.flatMap((p, i) => (/^[1-9]\d{0,14}$/.test(p) ? [[Number(p), i] as const] : []));
  const largest = numeric.reduce((max, [value]) => Math.max(max, value), 0);
  const table = largest < PROVIDER_TABLE_LIMIT ? new Int32Array(largest + 1).fill(-1) : undefined;
  if (table) for (const [value, i] of numeric) table[value] = i;
  const byNumber = new Map(numeric);
  const lookup = {
    table,
    byNumber: (value: number): number => byNumber.get(value) ?? -1,
    /** The clinic `byText` found, -1 when none. */
    found: -1,
    /** The field at `at` as text: sets `found` and returns the comma after it (`at` when there is none). */
    byText(buf: Buffer, at: number): number {
      lookup.found = -1;
      let q = at;
      // Never with a quote: the validating path reads quotes as CSV quoting.
      for (let b = buf[q]; b !== COMMA; b = buf[++q]) if (b === NEWLINE || b === QUOTE || q >= buf.length) return at;
      lookup.found = byText.get(buf.toString('utf8', at, q)) ?? -1;
      return q;
    },
  };
  return lookup;
}
