import type { LegalReference } from '../../contract/legal-reference.js';

/**
 * Content of a `supplement` rule set: the temporary supplement regions may agree with practice owners
 * in areas with a shortage of doctors (sundhedsloven § 206 b, stk. 5: from 1 July 2025 to 31
 * December 2026) — the period and the areas.
 */
export interface SupplementContent {
  /** First and last day a supplement may be agreed for (inclusive). */
  period: { from: string; to: string; reference: LegalReference };
  /** The areas with a shortage of doctors; each a set of municipalities, designated by its region. */
  areas: SupplementArea[];
}

export interface SupplementArea {
  id: string;
  name: string;
  /** The region that designates the area (the geography's region id before 2027). */
  region: string;
  /** Official municipality codes (geography rule set). */
  municipalities: number[];
  reference: LegalReference;
}
