// Every decision rule has a Danish title (sentences and letters name rules by it, never by id).
import { describe, expect, it } from 'vitest';
import { problemsOf, shippedDocument } from '../../testing/shipped-rules.js';
import type { DecisionsContent } from './types.js';

describe('decision rule titles', () => {
  it('a rule without a title is rejected with its pointer', async () => {
    const doc = await shippedDocument<DecisionsContent>('decisions');
    delete (doc.content.rules[2] as Partial<DecisionsContent['rules'][number]>).title;
    expect(await problemsOf(doc)).toContainEqual(expect.objectContaining({ pointer: '/content/rules/2/title', message: 'Regler, rækken »ceiling-reached«: Feltet »title« mangler. Angiv en dansk titel.' }));
  });

  it('two rules with the same title (in any case) are rejected on the second', async () => {
    const doc = await shippedDocument<DecisionsContent>('decisions');
    doc.content.rules[4].title = 'loftet er nået';
    expect(await problemsOf(doc)).toContainEqual(
      expect.objectContaining({ pointer: '/content/rules/4/title', message: 'Titlen »loftet er nået« findes allerede i række 3; hver værdi må kun optræde én gang.' }),
    );
  });
});
