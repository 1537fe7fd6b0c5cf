import type { ContentIssue } from '../../contract/kind.js';
import { validateAgainst } from '../../core/schema-validator.js';
import { didYouMean } from '../../core/closest-match.js';
import { isIsoDate } from '../../format/danish.js';
import type { GeographyLookup } from '../geography/compile.js';
import { RequestError } from './errors.js';
import { capacityRequestSchema } from './request-schema.js';
import type { CapacityRequest } from './types.js';

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
 * The request as the rules see it, or a RequestError listing every problem at once: schema (missing
 * fields, types, dates that do not exist), unknown council, unknown island, island outside the
 * council. Council and island come back as their ids, however the caller spelled them.
 */
export function validateRequest(input: unknown, geography: GeographyLookup): CapacityRequest {
  const issues: ContentIssue[] = validateAgainst(capacityRequestSchema, input).map(({ pointer, message }) => ({ pointer, message }));
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const taken = new Set(issues.map((i) => i.pointer));
    issues.push(...geographyIssues(input as Record<string, unknown>, geography).filter((i) => !taken.has(i.pointer)));
  }
  if (issues.length > 0) throw new RequestError(issues);
  const request = input as CapacityRequest;
  const island = request.clinic.island === undefined ? undefined : geography.island(request.clinic.island);
  return { ...request, council: geography.council(request.council)!.id, clinic: { ...request.clinic, ...(island ? { island: island.id } : {}) } };
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
