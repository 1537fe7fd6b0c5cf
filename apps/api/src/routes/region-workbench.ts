import { Router } from 'express';
import type { AppContext } from '../app-context.js';
import { hearingWorklistRoutes } from './hearing-worklist.js';
import { letterRoutes } from './letters.js';
import { referenceRoutes } from './references.js';
import { runReportRoutes } from './run-report.js';

/** What the region's pages of the workbench read beyond the routes above (issue 16): letters, the worklist, a run's report, references as users see them. */
export function regionWorkbenchRoutes(ctx: AppContext): Router {
  return Router().use(letterRoutes(ctx), hearingWorklistRoutes(ctx), runReportRoutes(ctx), referenceRoutes(ctx));
}
