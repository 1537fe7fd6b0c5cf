// `npm run openapi:lint [-- redocly lint options]`: the lint npm test runs (redocly-lint.ts), printed.
import { lintOpenApi } from './redocly-lint.js';

process.exitCode = lintOpenApi(process.argv.slice(2), true).status;
