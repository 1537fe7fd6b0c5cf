import type { Problem } from '../contract/problem.js';
import { escapeSegment } from './json-pointer.js';
import { formatPeriod } from './period.js';
import { lockKey, type LockFile } from './lock-file.js';
import type { CheckedRuleFile } from './validate-rule-file.js';

type ValidFile = CheckedRuleFile & { document: NonNullable<CheckedRuleFile['document']> };

function problemAt(file: ValidFile, pointer: string, message: string): Problem {
  return { file: file.file, ...(file.map?.locate(pointer) ?? { line: 1, column: 1 }), pointer, message };
}

function period(file: ValidFile): string {
  return formatPeriod(file.document);
}

/**
 * The same id@version in two files: the first (in path order) is kept, the other rejected. An id whose
 * versions have different kinds is rejected too: a version may change values, not meaning.
 */
export function rejectDuplicates(files: ValidFile[], problems: Problem[]): ValidFile[] {
  const kept = new Map<string, ValidFile>();
  const kindOfId = new Map<string, ValidFile>();
  for (const file of files) {
    const { id, version, kind } = file.document;
    const earlier = kept.get(lockKey(id, version));
    if (earlier) {
      problems.push(problemAt(file, '/version', `Version »${version}« af »${id}« findes allerede i ${earlier.file}. Hver version må kun findes én gang; giv denne fil en ny version.`));
      continue;
    }
    const first = kindOfId.get(id);
    if (first && first.document.kind !== kind) {
      problems.push(problemAt(file, '/kind', `Typen »${kind}« passer ikke med typen »${first.document.kind}« i ${first.file}. Alle versioner af »${id}« skal have samme type.`));
      continue;
    }
    kindOfId.set(id, first ?? file);
    kept.set(lockKey(id, version), file);
  }
  return [...kept.values()];
}

/**
 * Two published versions of the same id must not be in force on the same day, or a date would not
 * name one version. Drafts are proposals, only used when a caller picks them explicitly, so they may
 * overlap anything. Both versions stay loaded; a book on an overlapping day reports the ambiguity.
 */
export function reportOverlaps(files: ValidFile[], problems: Problem[]): void {
  const published = files.filter((f) => f.document.status === 'published');
  const byId = new Map<string, ValidFile[]>();
  for (const file of published) byId.set(file.document.id, [...(byId.get(file.document.id) ?? []), file]);
  for (const versions of byId.values()) {
    const sorted = [...versions].sort((a, b) => (a.document.validFrom < b.document.validFrom ? -1 : a.document.validFrom > b.document.validFrom ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      for (let j = 0; j < i; j++) {
        const [earlier, later] = [sorted[j], sorted[i]];
        const earlierEnd = earlier.document.validTo;
        if (earlierEnd === undefined || earlierEnd >= later.document.validFrom) {
          problems.push(problemAt(later, '/validFrom', `Gyldighedsperioden ${period(later)} (version ${later.document.version}, ${later.file}) overlapper ${period(earlier)} (version ${earlier.document.version}, ${earlier.file}). To offentliggjorte versioner af »${later.document.id}« må ikke gælde samme dag; ret »gyldig til« i den tidligere version med en ny version, eller ret »gyldig fra« her.`));
        }
      }
    }
  }
}

/**
 * Published versions are immutable: a hash that differs from the lock means the file was changed
 * after publication — it is rejected. A published version not yet in the lock stays usable but is
 * reported until `fordeling rules lock` records it. A locked version whose file is gone is reported.
 */
export function checkLock(files: ValidFile[], hashes: Map<ValidFile, string>, lock: LockFile, allFolders: Set<string>, problems: Problem[]): ValidFile[] {
  const kept: ValidFile[] = [];
  for (const file of files) {
    const { id, version, status } = file.document;
    const locked = lock.entries[lockKey(id, version)];
    const hash = hashes.get(file)!;
    if (status !== 'published') {
      kept.push(file);
    } else if (locked === undefined) {
      problems.push(problemAt(file, '/status', `Version »${version}« af »${id}« er offentliggjort, men ikke låst i ${lock.file}. Kør »fordeling rules lock« for at låse den.`));
      kept.push(file);
    } else if (locked !== hash) {
      problems.push(problemAt(file, '', `Offentliggjort version »${version}« af »${id}« er ændret efter offentliggørelsen (indhold ${shortHash(hash)}, låst ${shortHash(locked)}). Offentliggjorte versioner kan ikke ændres; læg ændringen i en ny version, fx som udkast.`));
    } else {
      kept.push(file);
    }
  }
  for (const key of Object.keys(lock.entries)) {
    if (!allFolders.has(key)) {
      const pointer = `/${escapeSegment(key)}`;
      problems.push({ file: lock.file, ...(lock.map?.locate(pointer) ?? { line: 1, column: 1 }), pointer, message: `Den låste version »${key}« findes ikke længere som fil. Offentliggjorte versioner skal kunne genskabes; gendan filen.` });
    }
  }
  return kept;
}

function shortHash(hash: string): string {
  return `${hash.slice(0, 'sha256:'.length + 12)}…`;
}
