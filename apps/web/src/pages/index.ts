// Every page of the workbench: its path, its entry in the main navigation, who may open it, and its
// lazily loaded module (one chunk per page, docs/web.md). To add a page: a folder under pages/ whose
// index.tsx default-exports the page component, and one entry here.
import type { ComponentType } from 'react';
import type { Role } from '../shell/session.js';

export interface PageEntry {
  /** Route path under `/`, React Router syntax (`regler/:ruleSetId`). */
  path: string;
  /** The link text in the main navigation; pages without one (detail pages) are reached by links. */
  nav?: string;
  /** One sentence on the home page under the nav entry. */
  description?: string;
  /** Roles that see the page (and its nav entry); default every signed-in role. */
  roles?: Role[];
  load: () => Promise<{ default: ComponentType }>;
}

export const PAGES: PageEntry[] = [
  // Legal staff and the ministry (issue 16, part A)
  { path: 'regler', nav: 'Regler', description: 'Alle regelsæt, parametre og tabeller med værdier over tid, kilder og forskelle mellem to datoer.', load: () => import('./rules/index.js') },
  { path: 'regler/:ruleSetId', load: () => import('./rules/rule-set.js') },
  { path: 'udkast', nav: 'Udkast', description: 'Ret et regelsæt i formularer, se virkningen på hele landet, indsend og godkend.', roles: ['ministry'], load: () => import('./drafts/index.js') },
  { path: 'udkast/:ruleSetId/:version', roles: ['ministry'], load: () => import('./drafts/editor.js') },
  // A region (issue 16, part B) — Afgørelser, Høring, Kørsler: added below this line.
  { path: 'afgoerelser', nav: 'Afgørelser', description: 'Prøv en anmodning om kapacitet efter de gældende regler eller et udkast, og træf afgørelsen med brev.', roles: ['ministry', 'region'], load: () => import('./simulator/index.js') },
  { path: 'hoering', nav: 'Høring', description: 'Årets høring af klinikkernes minimumspatienttal: sagerne, skridtene og brevene.', load: () => import('./hearing/index.js') },
  { path: 'hoering/sag/:providerNumber', load: () => import('./hearing/case.js') },
  { path: 'koersler', nav: 'Kørsler', description: 'De registrerede modelkørsler og rapporten for regionen, med sundhedsråd ved loftet fremhævet.', load: () => import('./runs/index.js') },
  { path: 'koersler/:runId', load: () => import('./runs/index.js') },
];
