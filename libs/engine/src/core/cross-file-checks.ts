import type { Problem } from '../contract/problem.js';
import { formatDate, plural } from '../format/danish.js';
import { addDays } from '../kinds/shared/dates.js';
import { diffRuleSets } from './diff-rule-sets.js';
import { escapeSegment } from './json-pointer.js';
import { lockKey, type LockFile } from './lock-file.js';
import type { RuleRegistry } from './registry.js';
import type { CheckedRuleFile } from './resolve-rule-files.js';
import { bySuccession } from './succession.js';

export type ValidFile = CheckedRuleFile & { document: NonNullable<CheckedRuleFile['document']> };

function problemAt(file: ValidFile, pointer: string, message: string, severity?: 'warning'): Problem {
  return { file: file.file, ...(file.map?.locate(pointer) ?? { line: 1, column: 1 }), pointer, message, ...(severity ? { severity } : {}) };
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
 * The published versions of each rule set must name one version for every day (succession.ts): a
 * later version replaces an earlier one from its first day. What cannot be resolved that way is an
 * error on the later file: two versions starting the same day, or an earlier version that says it
 * applies (`validTo`) past the later one's start while the later one does not amend it. Warned about:
 * days between two versions where none is in force, and an amendment of an older version that drops
 * what the version it replaces changed. Drafts are proposals, chosen by name, so they may overlap.
 */
export function checkSuccession(files: ValidFile[], registry: RuleRegistry, problems: Problem[], warnings: Problem[]): void {
  const byId = new Map<string, ValidFile[]>();
  for (const file of files) if (file.document.status === 'published') byId.set(file.document.id, [...(byId.get(file.document.id) ?? []), file]);
  const byVersion = new Map(files.map((f) => [lockKey(f.document.id, f.document.version), f]));
  const ancestry = (file: ValidFile): string[] => {
    const chain: string[] = [];
    for (let at: ValidFile | undefined = file; at?.amends && !chain.includes(at.amends); at = byVersion.get(lockKey(at.document.id, at.amends))) chain.push(at.amends);
    return chain;
  };
  for (const versions of byId.values()) {
    const sorted = [...versions].sort((a, b) => bySuccession(a.document, b.document));
    for (let i = 1; i < sorted.length; i++) {
      const later = sorted[i];
      const { id, version, validFrom } = later.document;
      const sameDay = sorted.slice(0, i).find((e) => e.document.validFrom === validFrom);
      if (sameDay) {
        problems.push(problemAt(later, '/validFrom', `Version ${version} og version ${sameDay.document.version} af »${id}« træder begge i kraft ${formatDate(validFrom)} (${sameDay.file}). To offentliggjorte versioner kan ikke træde i kraft samme dag, for så siger datoen ikke, hvilken der gælder. Giv ${later.document.status === 'published' ? 'den nye version' : 'udkastet'} en anden »gyldig fra«.`));
        continue;
      }
      const amended = ancestry(later);
      for (const earlier of sorted.slice(0, i)) {
        const end = earlier.document.validTo;
        if (end === undefined || end < validFrom || amended.includes(earlier.document.version)) continue;
        problems.push(problemAt(later, '/validFrom', `Version ${earlier.document.version} af »${id}« gælder udtrykkeligt til og med ${formatDate(end)} (»gyldig til« i ${earlier.file}), men version ${version} træder i kraft ${formatDate(validFrom)}. En offentliggjort version kan ikke ændres. Skriv ${version} som en ændring af ${earlier.document.version} (»amends«: »${earlier.document.version}«, fx med »fordeling rules new ${id} --valid-from ${validFrom} --amendment«) — så afløser den ${earlier.document.version} fra ${formatDate(validFrom)} — eller lad ${version} træde i kraft ${formatDate(addDays(end, 1))} eller senere.`));
      }
      const previous = sorted[i - 1];
      const previousEnd = previous.document.validTo;
      if (previousEnd !== undefined && addDays(previousEnd, 1) < validFrom) {
        warnings.push(problemAt(later, '/validFrom', `Fra ${formatDate(addDays(previousEnd, 1))} til ${formatDate(addDays(validFrom, -1))} gælder ingen version af »${id}«: version ${previous.document.version} slutter ${formatDate(previousEnd)}, og version ${version} begynder først ${formatDate(validFrom)}. Beregninger i perioden vil fejle.`, 'warning'));
      }
      if (later.amends && later.amends !== previous.document.version && !amended.includes(previous.document.version)) {
        const base = byVersion.get(lockKey(id, later.amends));
        const lost = base ? diffRuleSets(base.document, previous.document, registry).filter((c) => c.pointer.startsWith('/content')) : [];
        if (lost.length > 0) {
          const examples = lost.slice(0, 3).map((c) => c.sentence).join(' ');
          warnings.push(problemAt(later, '/amends', `Version ${version} ændrer ${later.amends}, men afløser ${previous.document.version}. Det, ${previous.document.version} ændrede i forhold til ${later.amends} (${plural(lost.length, 'ændring', 'ændringer')}), er ikke med i ${version}: ${examples}${lost.length > 3 ? ' …' : ''} Lad ${version} ændre ${previous.document.version} i stedet, hvis ændringerne skal fortsætte.`, 'warning'));
        }
      }
    }
  }
}

/**
 * Published versions are immutable. A locked id@version stays protected whatever its status now says:
 * its content must hash to the lock (else it is rejected), and it cannot go back to being a draft. A
 * published version not yet in the lock stays usable but is reported until it is locked. A locked
 * version whose file is gone is reported: versions are succeeded, never deleted.
 */
export function checkLock(files: ValidFile[], hashes: Map<ValidFile, string>, lock: LockFile, allKeys: Set<string>, problems: Problem[]): ValidFile[] {
  const kept: ValidFile[] = [];
  for (const file of files) {
    const { id, version, status } = file.document;
    const locked = lock.entries[lockKey(id, version)];
    const hash = hashes.get(file)!;
    if (locked === undefined) {
      if (status === 'published') problems.push({ ...problemAt(file, '/status', `Version »${version}« af »${id}« er offentliggjort, men ikke låst i ${lock.file}. Offentliggør med »fordeling rules publish ${id}@${version} --by NAVN --reason TEKST«, eller kør »fordeling rules lock --by NAVN --reason TEKST«.`), code: 'not-locked' });
      kept.push(file);
    } else if (status !== 'published') {
      problems.push(problemAt(file, '/status', `Version »${version}« af »${id}« er offentliggjort og låst i ${lock.file}${locked.publishedAt ? ` (${formatDate(locked.publishedAt.slice(0, 10))})` : ''}, men filen siger nu »draft«. En offentliggjort version kan ikke blive et udkast igen: sæt status tilbage til »published«, og læg ændringer i en ny version (»fordeling rules new ${id} --valid-from …«).`));
    } else if (locked.hash !== hash) {
      problems.push(problemAt(file, '', `Offentliggjort version »${version}« af »${id}« er ændret efter offentliggørelsen (indhold ${shortHash(hash)}, låst ${shortHash(locked.hash)}). Offentliggjorte versioner kan ikke ændres; gendan filen, og læg ændringen i en ny version (»fordeling rules new ${id} --valid-from …«).`));
    } else {
      kept.push(file);
    }
  }
  for (const key of Object.keys(lock.entries)) {
    if (!allKeys.has(key)) {
      const pointer = `/${escapeSegment(key)}`;
      problems.push({ file: lock.file, ...(lock.map?.locate(pointer) ?? { line: 1, column: 1 }), pointer, message: `Den låste version »${key}« findes ikke længere som fil. Offentliggjorte versioner slettes aldrig, de afløses; gendan filen.` });
    }
  }
  return kept;
}

function shortHash(hash: string): string {
  return `${hash.slice(0, 'sha256:'.length + 12)}…`;
}
