import type { ReactNode } from 'react';
import type { Role } from './session.js';
import { ROLE_NAMES, useSession } from './session.js';
import { Page } from '../components/page.js';

/** A page only some roles may open: others get a Danish explanation (the API refuses them too). */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { session } = useSession();
  if (!roles || (session && roles.includes(session.principal.role))) return <>{children}</>;
  return (
    <Page title="Ingen adgang">
      <p>Siden kræver rollen {roles.map((r) => ROLE_NAMES[r].toLowerCase()).join(' eller ')}.</p>
    </Page>
  );
}
