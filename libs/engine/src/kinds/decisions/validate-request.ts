import type { ContentIssue } from '../../contract/kind.js';
import { citeReference } from '../../contract/legal-reference.js';
import { validateAgainst } from '../../core/schema-validator.js';
import { didYouMean } from '../../core/closest-match.js';
import { danishNumber } from '../../core/danish-value.js';
import { isIsoDate } from '../../format/danish.js';
import type { CapacityCompiled } from '../capacity/compile.js';
import type { GeographyLookup } from '../geography/compile.js';
import { RequestError } from './errors.js';
import { capacityRequestSchema } from './request-schema.js';
import type { CapacityRequest, ValidatedRequest } from './types.js';

/** Council and island against the geography in force; only for fields that are text at all. */
function geographyIssues(input: Record<string, unknown>, geography: GeographyLookup): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const council = typeof input.council === 'string' ? geography.council(input.council) : undefined;
  if (typeof input.council === 'string' && !council) {
    issues.push({ pointer: '/council', message: `Sundhedsrådet »${input.council}« findes ikke.${didYouMean(input.council, geography.councils.map((c) => c.id))} Kendte sundhedsråd: ${geography.councils.map((c) => c.id).join(', ')}.` });
  }
  const clinic = input.clinic as Record<string, unknown> | undefined;
  const islandName = typeof clinic?.island === 'string' ? clinic.island : undefined;
  if (islandName === undefined) return issues;
  const island = geography.island(islandName);
  if (!island) {
    issues.push({ pointer: '/clinic/island', message: `»${islandName}« er ikke en kendt ikke-brofast ø i geografien.${didYouMean(islandName, geography.islands.map((i) => i.name))}` });
  } else if (council) {
    const islandCouncil = geography.councilOfIsland(island.id);
    if (islandCouncil?.id !== council.id) {
      const municipality = geography.municipality(island.municipality)?.name ?? String(island.municipality);
      issues.push({ pointer: '/clinic/island', message: `Øen »${island.name}« ligger i ${municipality} Kommune under sundhedsrådet »${islandCouncil?.id ?? '?'}«, ikke under »${council.id}«.` });
    }
  }
  return issues;
}

/**
 * The ceiling the request is decided against (seed 000: »Bekendtgørelsen tilsiger, hvor mange læger et
 * sundhedsråd kan have ved udgangen af 2025 og 2026«): the order's number for the council and the year
 * of the request where the capacity rule set has it — a different `ceiling` in the request is then an
 * error, never silently replaced — otherwise the request's own.
 */
function ceilingOf(request: CapacityRequest, councilId: string, capacity: CapacityCompiled | undefined): { ceiling?: number; issue?: ContentIssue } {
  const year = Number(request.date.slice(0, 4));
  const fixed = capacity?.fixedCeiling(councilId, year);
  if (fixed) {
    if (request.ceiling === undefined || request.ceiling === fixed.capacities) return { ceiling: fixed.capacities };
    return {
      issue: {
        pointer: '/ceiling',
        message: `Bekendtgørelsen fastsætter ${danishNumber(fixed.capacities)} lægekapaciteter for sundhedsrådet »${councilId}« ved udgangen af ${year} (${citeReference(fixed.reference)}), men anmodningen angiver loftet ${danishNumber(request.ceiling)}. Udelad »ceiling«, så bruges bekendtgørelsens tal.`,
      },
    };
  }
  if (request.ceiling !== undefined) return { ceiling: request.ceiling };
  return {
    issue: {
      pointer: '/ceiling',
      message: `Regelsættet capacity har ikke bekendtgørelsens antal lægekapaciteter for sundhedsrådet »${councilId}« i ${year}; angiv loftet i »ceiling«.`,
    },
  };
}

/**
 * The request as the rules see it, or a RequestError listing every problem at once: schema (missing
 * fields, types, dates that do not exist), unknown council, unknown island, island outside the
 * council, a ceiling that is neither the order's number nor given. Council and island come back as
 * their ids, however the caller spelled them, and the ceiling filled in. `capacity` is the capacity
 * rule set in force (requestRules), whose table of the order's numbers gives the ceiling where it can.
 */
export function validateRequest(input: unknown, geography: GeographyLookup, capacity?: CapacityCompiled): ValidatedRequest {
  const issues: ContentIssue[] = validateAgainst(capacityRequestSchema, input).map(({ pointer, message }) => ({ pointer, message }));
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const taken = new Set(issues.map((i) => i.pointer));
    issues.push(...geographyIssues(input as Record<string, unknown>, geography).filter((i) => !taken.has(i.pointer)));
  }
  if (issues.length > 0) throw new RequestError(issues);
  const request = input as CapacityRequest;
  const council = geography.council(request.council)!.id;
  const { ceiling, issue } = ceilingOf(request, council, capacity);
  if (issue) throw new RequestError([issue]);
  const island = request.clinic.island === undefined ? undefined : geography.island(request.clinic.island);
  return { ...request, council, ceiling: ceiling!, clinic: { ...request.clinic, ...(island ? { island: island.id } : {}) } };
}

/**
 * The date whose rule sets decide the request: its own `date` when that is a real date; otherwise
 * undefined, and the caller checks the request against today's rule sets so every problem, the date's
 * among them, is reported at once.
 */
export function requestDate(input: unknown): string | undefined {
  const date = (input as { date?: unknown } | null)?.date;
  return isIsoDate(date) ? date : undefined;
}
