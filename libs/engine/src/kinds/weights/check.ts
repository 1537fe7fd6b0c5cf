import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { formatNumber } from '../../format/danish.js';
import { duplicateIssues } from '../shared/duplicates.js';
import { CHARACTERISTICS } from './characteristics.js';
import type { AgeBand, Contribution, Sex, WeightsContent } from './types.js';

const SEX_NAMES: Record<Sex, string> = { M: 'mænd', K: 'kvinder' };

export function bandLabel(band: AgeBand): string {
  return band.to === undefined ? `${band.from}+ år` : band.from === band.to ? `${band.from} år` : `${band.from}-${band.to} år`;
}

/** Bands must cover every age from 0 upwards exactly once; only the oldest may be open-ended. */
function ageBandIssues(bands: readonly AgeBand[]): ContentIssue[] {
  const issues: ContentIssue[] = duplicateIssues(bands, '/content/ageBands', 'id', (b) => b.id, (b) => `Aldersgruppen »${b.id}«`);
  bands.forEach((b, i) => {
    if (b.to !== undefined && b.to < b.from) {
      issues.push({ pointer: `/content/ageBands/${i}/to`, message: `Aldersgruppen »${b.id}« slutter (${b.to}) før den begynder (${b.from}).` });
    }
  });
  if (issues.length > 0) return issues;
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.from - b.band.from);
  let expected = 0;
  for (const { band, index } of order) {
    if (expected === Infinity) {
      issues.push({ pointer: `/content/ageBands/${index}/from`, message: `Aldersgruppen »${band.id}« overlapper en åben aldersgruppe uden øvre grænse.` });
    } else if (band.from > expected) {
      issues.push({ pointer: `/content/ageBands/${index}/from`, message: `Ingen aldersgruppe dækker alderen ${expected}-${band.from - 1} år (hul før »${band.id}«).` });
    } else if (band.from < expected) {
      issues.push({ pointer: `/content/ageBands/${index}/from`, message: `Aldersgruppen »${band.id}« (${bandLabel(band)}) overlapper den foregående aldersgruppe, der går til ${expected - 1} år.` });
    }
    expected = band.to === undefined ? Infinity : Math.max(expected, band.to + 1);
  }
  if (expected !== Infinity) {
    issues.push({ pointer: '/content/ageBands', message: `Den ældste aldersgruppe skal være åben opadtil (uden »to«); alderen ${expected} år og derover er ikke dækket.` });
  }
  return issues;
}

/** Exactly one base weight per sex × age band. */
function baseWeightIssues(content: WeightsContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bandIds = new Set(content.ageBands.map((b) => b.id));
  const seen = new Map<string, number>();
  content.baseWeights.forEach((row, i) => {
    if (!bandIds.has(row.ageBand)) {
      issues.push({ pointer: `/content/baseWeights/${i}/ageBand`, message: `Aldersgruppen »${row.ageBand}« findes ikke under »ageBands«.` });
      return;
    }
    const key = `${row.sex}|${row.ageBand}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ pointer: `/content/baseWeights/${i}`, message: `Basisvægten for ${SEX_NAMES[row.sex]} i aldersgruppen »${row.ageBand}« står to gange (også i række ${first + 1}).` });
    } else seen.set(key, i);
  });
  for (const sex of ['M', 'K'] as const) {
    for (const band of content.ageBands) {
      if (!seen.has(`${sex}|${band.id}`)) {
        issues.push({ pointer: '/content/baseWeights', message: `Basisvægt mangler for ${SEX_NAMES[sex]} i aldersgruppen »${band.id}« (${bandLabel(band)}).` });
      }
    }
  }
  return issues;
}

/** A contribution has exactly one condition form, with values its characteristic can take. */
function contributionIssues(c: Contribution, i: number): ContentIssue[] {
  const at = `/content/contributions/${i}`;
  const forms = [c.equals !== undefined, c.in !== undefined, c.min !== undefined || c.max !== undefined].filter(Boolean).length;
  if (forms !== 1) {
    return [{ pointer: at, message: `Tillægget »${c.id}« skal have præcis én betingelse: »equals«, »in« eller et interval »min«/»max« (har ${forms}).` }];
  }
  const spec = CHARACTERISTICS[c.characteristic];
  const values = c.equals !== undefined ? [{ v: c.equals, p: `${at}/equals` }] : (c.in ?? []).map((v, j) => ({ v, p: `${at}/in/${j}` }));
  const issues: ContentIssue[] = [];
  for (const { v, p } of values) {
    if (typeof v !== spec.type) {
      issues.push({ pointer: p, message: `»${String(v)}« kan ikke sammenlignes med ${spec.label}, som er ${spec.type === 'number' ? 'et tal' : spec.type === 'boolean' ? 'sand/falsk' : 'en tekst'}.` });
    } else if (spec.values && !spec.values.includes(v as string)) {
      issues.push({ pointer: p, message: `»${String(v)}« er ikke en kendt værdi for ${spec.label}; kendte værdier: ${spec.values.join(', ')}.` });
    }
  }
  if ((c.min !== undefined || c.max !== undefined) && spec.type !== 'number') {
    issues.push({ pointer: at, message: `Et interval (»min«/»max«) kan kun bruges om tal, ikke om ${spec.label}.` });
  }
  if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
    issues.push({ pointer: `${at}/min`, message: `»min« (${c.min}) er større end »max« (${c.max}).` });
  }
  return issues;
}

export function checkWeights(doc: RuleSetDocument<WeightsContent>): ContentIssue[] {
  const content = doc.content;
  const issues = [
    ...ageBandIssues(content.ageBands),
    ...baseWeightIssues(content),
    ...duplicateIssues(content.contributions, '/content/contributions', 'id', (c) => c.id, (c) => `Tillægget »${c.id}«`),
    ...content.contributions.flatMap(contributionIssues),
    ...duplicateIssues(content.lifeExpectancyCorrection, '/content/lifeExpectancyCorrection', 'level', (l) => l.level, (l) => `Niveauet »${l.level}«`),
  ];
  const shares = content.lifeExpectancyCorrection.reduce((sum, l) => sum + l.share.value, 0);
  if (shares >= 1) {
    issues.push({
      pointer: '/content/lifeExpectancyCorrection',
      message: `Andelene der omfordeles efter middellevetid summerer til ${formatNumber(shares, 2)}; summen skal være under 1.`,
    });
  }
  return issues;
}
