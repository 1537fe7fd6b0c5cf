import type { RuleSetHeader } from '../contract/rule-set.js';
import { addDays } from '../kinds/shared/dates.js';

/** The days a version is in force: from `from` to `to` inclusive; no `to` = until further notice. */
export interface InForcePeriod {
  from: string;
  to?: string;
  /** Set when a later version ends this one before its own »gyldig til« (or where it has none). */
  succeededBy?: string;
}

type Dated = Pick<RuleSetHeader, 'version' | 'validFrom' | 'validTo' | 'status'>;

/**
 * The order's life over time: a published version is in force from its `validFrom` until the day
 * before the next published version of the same rule set starts, or until its own `validTo` where that
 * comes first — as a new order (or an amending order) replaces the one before it from the day it takes
 * effect, without anyone editing the old text. Drafts are never in force; they are chosen by name.
 * `items` are the versions of one rule set; the result has an entry per published one.
 */
export function inForcePeriods<T>(items: readonly T[], header: (item: T) => Dated): Map<T, InForcePeriod> {
  const published = items.filter((item) => header(item).status === 'published').sort((a, b) => bySuccession(header(a), header(b)));
  const periods = new Map<T, InForcePeriod>();
  published.forEach((item, index) => {
    const version = header(item);
    const next = published.slice(index + 1).map(header).find((later) => later.validFrom > version.validFrom);
    const dayBeforeNext = next ? addDays(next.validFrom, -1) : undefined;
    if (dayBeforeNext !== undefined && (version.validTo === undefined || dayBeforeNext < version.validTo)) {
      periods.set(item, { from: version.validFrom, to: dayBeforeNext, succeededBy: next!.version });
    } else {
      periods.set(item, { from: version.validFrom, ...(version.validTo ? { to: version.validTo } : {}) });
    }
  });
  return periods;
}

/** Oldest first: by first day, then by version label. */
export function bySuccession(a: Dated, b: Dated): number {
  return a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
}

export function holds(period: InForcePeriod, date: string): boolean {
  // ISO dates that exist in the calendar compare correctly as strings.
  return period.from <= date && (period.to === undefined || date <= period.to);
}
