// The reader's baseline in `npm run bench`: a bare hand-written parser of citizens.csv into the same
// 13 typed-array columns, with the same sha256 of the file and the same 1 MB reads, that checks
// almost nothing — it trusts every field to be well formed, tells codes apart by their first letters
// and writes no reasons. It exists only to measure against (issue 17: the real reader, which
// validates every field and reports every bad row, must stay within 1,3× of its time); it is never
// used to read inputs.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';
import type { CitizenColumns } from '@fordeling/model';

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const ZERO = 0x30;
const READ = 1 << 20;

export interface BareParse {
  columns: CitizenColumns;
  sha256: string;
}

/**
 * `municipalityIndex[code]` and `clinicIndex[providerNumber]` are plain lookup tables (−1 unknown),
 * built once by the caller; numeric provider numbers below the table's length only.
 */
export function bareParseCitizens(path: string, municipalityIndex: Int32Array, clinicIndex: Int32Array, expectedRows: number): BareParse {
  const c = allocate(expectedRows);
  const civil = firstLetters(CIVIL_STATUSES);
  const education = firstLetters(EDUCATIONS);
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(READ + 4096);
  let kept = 0;
  let filePos = 0;
  let line = 1;
  let n = 0;
  let header = true;
  for (;;) {
    const got = readSync(fd, buf, kept, READ, filePos);
    if (got === 0) break;
    hash.update(buf.subarray(kept, kept + got));
    filePos += got;
    const end = kept + got;
    const last = buf.lastIndexOf(NEWLINE, end - 1);
    let p = 0;
    if (header && last !== -1) {
      p = buf.indexOf(NEWLINE) + 1;
      header = false;
    }
    while (p <= last) {
      line++;
      let v = 0;
      let b = buf[p++];
      while (b !== COMMA) {
        v = v * 10 + b - ZERO;
        b = buf[p++];
      }
      c.id[n] = v;
      c.line[n] = line;
      c.sex[n] = buf[p] === 0x4b ? 1 : 0;
      p += 2;
      v = 0;
      b = buf[p++];
      while (b !== COMMA) {
        v = v * 10 + b - ZERO;
        b = buf[p++];
      }
      c.age[n] = v;
      v = 0;
      b = buf[p++];
      while (b !== COMMA) {
        v = v * 10 + b - ZERO;
        b = buf[p++];
      }
      c.municipality[n] = municipalityIndex[v];
      b = buf[p++];
      if (b === COMMA) c.clinic[n] = -1;
      else {
        v = 0;
        while (b !== COMMA) {
        v = v * 10 + b - ZERO;
        b = buf[p++];
      }
        c.clinic[n] = clinicIndex[v];
      }
      v = 0;
      b = buf[p++];
      while (b !== COMMA) {
        v = v * 10 + b - ZERO;
        b = buf[p++];
      }
      c.somaticDiseases[n] = v;
      c.psychiatricDisease[n] = buf[p] - ZERO;
      p += 2;
      c.civilStatus[n] = civil[(buf[p] << 8) | buf[p + 1]];
      while (buf[p++] !== COMMA);
      c.menapt[n] = buf[p] - ZERO;
      p += 2;
      c.education[n] = education[(buf[p] << 8) | buf[p + 1]];
      while (buf[p++] !== COMMA);
      c.parentsEducation[n] = education[(buf[p] << 8) | buf[p + 1]];
      while (buf[p++] !== COMMA);
      c.outsideLabourMarket[n] = buf[p] - ZERO;
      p += 2;
      n++;
    }
    kept = end - (last + 1);
    buf.copy(buf, 0, last + 1, end);
  }
  closeSync(fd);
  c.count = n;
  return { columns: c, sha256: `sha256:${hash.digest('hex')}` };
}

/** Code index by its first two bytes (enough to tell the codes apart). */
function firstLetters(codes: readonly string[]): Uint8Array {
  const table = new Uint8Array(1 << 16);
  codes.forEach((code, i) => (table[(code.charCodeAt(0) << 8) | code.charCodeAt(1)] = i));
  return table;
}

function allocate(rows: number): CitizenColumns {
  return {
    count: 0,
    id: new Float64Array(rows),
    line: new Uint32Array(rows),
    sex: new Uint8Array(rows),
    age: new Uint8Array(rows),
    municipality: new Uint16Array(rows),
    clinic: new Int32Array(rows),
    somaticDiseases: new Uint8Array(rows),
    psychiatricDisease: new Uint8Array(rows),
    civilStatus: new Uint8Array(rows),
    menapt: new Uint8Array(rows),
    education: new Uint8Array(rows),
    parentsEducation: new Uint8Array(rows),
    outsideLabourMarket: new Uint8Array(rows),
  };
}
