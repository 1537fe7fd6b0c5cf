import { geographyRules, type RuleBook } from '@fordeling/engine';
import type { Actor, HearingStore, Role, TokenRecord } from '@fordeling/store';
import { problems } from '../http/problem.js';
import { validBody } from '../http/validate-body.js';
import { createTokenSchema } from '../schemas/tokens.js';

export interface CreateTokenBody {
  role: Role;
  region?: string;
  label: string;
}

/**
 * Mints a token — for POST /v1/tokens and for `fordeling tokens create` on an idle store: a region
 * token is bound to the region's id as the geography in force (`book`) names it (»Region Midtjylland« and
 * »Midtjylland« are the same region). 422 with a pointer for every mistake.
 */
export async function mintToken(store: HearingStore, book: () => RuleBook, body: unknown, actor?: Actor): Promise<{ token: string; record: TokenRecord }> {
  const input = validBody<CreateTokenBody>(createTokenSchema, body);
  let region: string | undefined;
  if (input.role === 'region') {
    if (!input.region) throw problems.invalid('En nøgle med rollen region skal have en region.', [{ pointer: '/region', message: 'En nøgle med rollen region skal have en region, fx »Nordjylland«.' }]);
    // Only a region token needs the rules (the geography); the others are minted while the rules are broken too.
    region = regionId(book(), input.region);
  }
  return store.createToken({ role: input.role, region, label: input.label, actor });
}

function regionId(book: RuleBook, given: string): string {
  const geography = geographyRules.of(book);
  const region = geography.region(given) ?? geography.region(given.replace(/^region\s+/i, ''));
  if (region) return region.id;
  const message = `Ukendt region »${given}«. Kendte regioner: ${geography.regions.map((r) => r.id).join(', ')}.`;
  throw problems.invalid(message, [{ pointer: '/region', message }]);
}
