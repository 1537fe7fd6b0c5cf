export { renderReport, type ReportOptions } from './render-report.js';
export type { FixedCeilingSource, ReportingBand } from './sections.js';
export { assumptionsLine, inputSummary, terminalSummary } from './terminal-summary.js';
export { terminalComparison } from './terminal-comparison.js';
