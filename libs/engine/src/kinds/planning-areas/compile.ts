import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import type { PlanningArea, PlanningAreasContent } from './types.js';

/** The regions' planning areas, ready to place a clinic in. */
export interface PlanningAreasCompiled {
  areas: readonly PlanningArea[];
  /** The area a clinic lies in: its municipality and the postal code of its address; undefined where none. */
  areaOfClinic(municipalityCode: number, address: string): PlanningArea | undefined;
}

/** The postal code of a Danish address: the last four-digit number (»Østerbrogade 10, 2100 København Ø« → 2100). */
export function postalCodeOf(address: string): number | undefined {
  const codes = address.match(/\b\d{4}\b/g);
  return codes ? Number(codes.at(-1)) : undefined;
}

export function compilePlanningAreas(doc: RuleSetDocument<PlanningAreasContent>): PlanningAreasCompiled {
  const { areas } = doc.content;
  return {
    areas,
    areaOfClinic(municipalityCode, address) {
      const code = postalCodeOf(address);
      if (code === undefined) return undefined;
      return areas.find((area) => area.municipality === municipalityCode && area.postalCodes.some((r) => code >= r.from && code <= r.to));
    },
  };
}

/** The `planning-areas` rule set in force in a book: `planningAreasRules.of(book)` is its PlanningAreasCompiled. */
export const planningAreasRules = kindHandle<PlanningAreasContent, PlanningAreasCompiled>('planning-areas');
