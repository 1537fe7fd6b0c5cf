// fast-check arbitraries for citizens.csv rows: mostly valid fields over the fixture geography
// (municipalities 101, 102, 201; the clinics of CITIZEN_ROW_PROVIDERS), with the occasional wrong one
// of every kind the readers know, and now and then a quoted field, a CRLF line end or an empty line.
import fc from 'fast-check';
import { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** The provider numbers the rows' clinics have: text, numeric and one with a quote in it. */
export const CITIZEN_ROW_PROVIDERS = ['A', 'B', 'C', 'A"B', '100001', '100002'];

/** One citizens.csv record (no line end) in the header order of tenCitizensFiles. */
export const citizenRow = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 1e9 }).map(String), pick(['', 'x1', '-3', '1234567890123456'])),
    pick(['M', 'K', 'M', 'K', '', 'm', 'MK']),
    fc.oneof(fc.integer({ min: 0, max: 125 }).map(String), pick(['126', '', '1.5', 'abc'])),
    pick(['101', '102', '201', '999', '', '0101']),
    pick(['A', 'B', '', 'Z', ' A', 'A"B', '100001', '100002', '0100001', '100009', '1e5']),
    fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), pick(['21', '-1'])),
    pick(['0', '1', '2', '']),
    fc.oneof(pick(CIVIL_STATUSES), pick(['Gift', 'samlevende', ''])),
    pick(['0', '1', 'ja']),
    fc.oneof(pick(EDUCATIONS), pick(['Lang', ''])),
    pick(EDUCATIONS),
    pick(['0', '1', '01', '']),
  )
  .map((fields) => fields.join(','));

/** Lines of a citizens.csv body: rows, and the odd quoted, CRLF, empty, short or long one. */
export const citizenLines = (maxLength: number) =>
  fc.array(
    fc.oneof(
      { weight: 20, arbitrary: citizenRow },
      { weight: 1, arbitrary: citizenRow.map((row) => `${row}\r`) },
      { weight: 1, arbitrary: citizenRow.map((row) => row.replace(',', ',"').replace(/,([^,]*)$/, ',$1"')) },
      { weight: 1, arbitrary: pick(['', '1,M,5', '1,M,5,101,A,0,0,ugift,0,lang,lang,0,0', '7,K,44,101,A,0,0,gift,0,"lang\nlang",kort,0', '"8",K,44,101,"A",0,0,gift,0,kort,kort,0', '9,K,44,101,A,0,0,gift,0,"lang']) },
    ),
    { maxLength },
  );
