export { writeRunOutputs, RUN_OUTPUT_FILES, SPREADSHEET_FILES, SPREADSHEET_FOLDER, type RunOutputOptions } from './write-run-outputs.js';
export { CLINICS_COLUMNS } from './clinics-csv.js';
export { COUNCILS_COLUMNS } from './councils-csv.js';
export { MUNICIPALITIES_COLUMNS } from './municipalities-csv.js';
export { PROBLEMS_COLUMNS, problemsCsv } from './problems-csv.js';
export { readRunFolder, type RunFolder, type ReadRunFolderOptions } from './read-run-folder.js';
export { RunFolderError } from './run-folder-error.js';
export type { RunJson } from './run-json.js';
