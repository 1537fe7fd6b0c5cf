import { describe, expect, it } from 'vitest';
import { LETTER_SCHEMAS } from '../schema/letter-schemas.js';
import { HELPER_NAMES } from '../templates/helpers.js';
import { formatTemplateIssue } from './template-issue.js';
import { checkTemplatePaths, templateFieldPaths } from './template-paths.js';

const check = (source: string, partials: Record<string, string> = {}) =>
  checkTemplatePaths({
    template: { name: 'vejledende/letter.hbs', source },
    partials: Object.fromEntries(Object.entries(partials).map(([name, src]) => [name, { name: `_shared/${name}.hbs`, source: src }])),
    schema: LETTER_SCHEMAS.vejledende,
    helpers: HELPER_NAMES,
  });

describe('static template check', () => {
  it('accepts known fields, helpers, each/if/with and @root', () => {
    expect(
      check('{{clinic.name}} {{tal advisory.perCapacity}}\n{{#each rules.sets}}{{id}} {{@root.letter.id}} {{../letter.id}}{{#unless @last}},{{/unless}}{{/each}}{{#with clinic}}{{name}}{{/with}}'),
    ).toEqual([]);
  });

  it('names the template, line and field of an unknown field', () => {
    const issues = check('<p>Kære {{clinic.name}}</p>\n<p>{{clinic.doctorName}}</p>');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ template: 'vejledende/letter.hbs', line: 2, field: 'clinic.doctorName' });
    expect(formatTemplateIssue(issues[0])).toMatch(/^vejledende\/letter\.hbs:2:\d+ »clinic\.doctorName« feltet »doctorName« findes ikke i brevets data \(kendte felter her: providerNumber, name/);
  });

  it('finds unknown fields inside helper arguments, blocks and partials (reported in the partial file)', () => {
    const issues = check('{{tal advisory.perCapcity}}\n{{#if clinic.nme}}x{{/if}}\n{{> hoved}}', { hoved: '\n\n{{region.fax}}' });
    expect(issues.map((i) => [i.template, i.line, i.field])).toEqual([
      ['vejledende/letter.hbs', 1, 'advisory.perCapcity'],
      ['vejledende/letter.hbs', 2, 'clinic.nme'],
      ['_shared/hoved.hbs', 3, 'region.fax'],
    ]);
  });

  it('follows each into list items', () => {
    const [issue] = check('{{#each rules.sets}}\n{{versoin}}{{/each}}');
    expect(issue).toMatchObject({ line: 2, field: 'versoin' });
    expect(issue.message).toContain('kendte felter her: id, title, version, hash, shortHash');
  });

  it('rejects unknown helpers and partials, objects written as text, and misplaced @index', () => {
    const issues = check('{{formatNumber clinic.capacities}}\n{{> brevhoved}}\n{{clinic}}\n{{@index}}');
    expect(issues.map((i) => i.message)).toEqual([
      'ukendt hjælpefunktion »formatNumber«',
      'ukendt delskabelon »brevhoved« (findes ikke i templates/_shared)',
      'feltet er et objekt og kan ikke skrives direkte; skriv et af dets felter',
      '@index kan kun bruges inde i {{#each}}',
    ]);
  });

  it('requires an {{#if}} around optional fields', () => {
    const schema = LETTER_SCHEMAS.afgoerelse;
    const run = (source: string) =>
      checkTemplatePaths({ template: { name: 'afgoerelse/letter.hbs', source }, partials: {}, schema, helpers: HELPER_NAMES });
    expect(run('{{dato response.receivedOn}}')[0].message).toBe('feltet »response« er valgfrit; brug det inden i {{#if response}} … {{/if}}');
    expect(run('{{#if response}}{{dato response.receivedOn}}{{#if response.summary}}{{response.summary}}{{/if}}{{/if}}')).toEqual([]);
    expect(run('{{#if response}}{{response.summary}}{{/if}}')[0].field).toBe('response.summary');
  });

  it('reports a syntax error with its line', () => {
    const [issue] = check('ok\n{{#if clinic.name}}\nunclosed');
    expect(issue.template).toBe('vejledende/letter.hbs');
    expect(issue.message).toMatch(/skabelonen kan ikke læses/);
  });

  it('lists the fields a template prints: through helpers, blocks, each items and partials, not the misspelt ones', () => {
    const fields = templateFieldPaths({
      template: { name: 'vejledende/letter.hbs', source: '{{dato timeline.finalEffective}}{{#with clinic}}{{name}}{{/with}}{{#each rules.sets}}{{id}}{{/each}}{{clinic.nme}}{{> tidsplan}}' },
      partials: { tidsplan: { name: '_shared/tidsplan.hbs', source: '{{dato timeline.hearingDeadline}}' } },
      schema: LETTER_SCHEMAS.vejledende,
      helpers: HELPER_NAMES,
    });
    expect([...fields].sort()).toEqual(['clinic', 'clinic.name', 'rules.sets', 'rules.sets.[].id', 'timeline.finalEffective', 'timeline.hearingDeadline']);
  });
});
