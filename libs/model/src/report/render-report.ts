import { draftNotice, formatDate } from '@fordeling/engine';
import type { ModelComparison, ModelResult } from '../result.js';
import { assumptionsSection } from './assumptions-section.js';
import { comparisonSection } from './comparison-section.js';
import { clinicsSection, councilsSection, headerSection, municipalitiesSection, planningAreasSection, provenanceSection, supplementSection, type FixedCeilingSource, type ReportingBand } from './sections.js';
import { REPORT_CSS } from './styles.js';

export interface ReportOptions {
  reportingBand?: ReportingBand;
  /** The capacity rule set's table of the order's numbers, when it has one: its citation and whether it is illustrative. */
  fixedCeilings?: FixedCeilingSource;
  /** compareResults(result, alternative) of a --compare-rules run. */
  comparison?: ModelComparison;
}

/** report.html: one self-contained Danish page (inline CSS and SVG, no external assets). */
export function renderReport(result: ModelResult, options: ReportOptions = {}): string {
  const title = `${draftNotice(result.ruleSets) ? 'UDKAST — ' : ''}Fordelingsmodellen pr. ${formatDate(result.asOf)}${result.synthetic ? ' (SYNTETISKE DATA)' : ''}`;
  const body = [
    headerSection(result, options.comparison),
    councilsSection(result, options.fixedCeilings),
    planningAreasSection(result),
    supplementSection(result),
    clinicsSection(result, options.reportingBand),
    municipalitiesSection(result),
    options.comparison ? comparisonSection(options.comparison) : '',
    assumptionsSection(result),
    provenanceSection(result),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
