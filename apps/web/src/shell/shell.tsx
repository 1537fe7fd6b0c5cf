// The frame of every page: skip link, header with the main navigation (by role), who is signed in
// and sign-out, the page in <main>, and the sign-in form when no session exists.
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useRouteError, isRouteErrorResponse } from 'react-router';
import { PAGES } from '../pages/index.js';
import { SignIn } from '../pages/sign-in/sign-in.js';
import { ROLE_NAMES, SessionProvider, useSession } from './session.js';

export function Shell() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

function Frame() {
  const { session, loading, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  // A new page moves focus to <main> so a screen reader starts at its heading (WCAG 2.4.3).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  const nav = session ? PAGES.filter((p) => p.nav && (!p.roles || p.roles.includes(session.principal.role))) : [];
  return (
    <>
      <a className="skip-link" href="#indhold">Gå til indhold</a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-name">Fordeling</NavLink>
          {session && (
            <nav aria-label="Hovedmenu">
              <ul className="main-nav">
                {nav.map((p) => (
                  <li key={p.path}>
                    <NavLink to={`/${p.path}`}>{p.nav}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {session && (
            <div className="who">
              <span>
                {session.principal.label} ({ROLE_NAMES[session.principal.role]}
                {session.principal.region ? ` ${session.principal.region}` : ''})
              </span>
              <button type="button" className="button button--secondary" onClick={() => void signOut().then(() => navigate('/'))}>
                Log ud
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="indhold" ref={main} tabIndex={-1}>
        {loading ? <p role="status">Indlæser …</p> : session ? <Outlet /> : <SignIn />}
      </main>
      <footer className="site-footer">
        <p>
          Fordeling — sundhedslovens § 206 b og bekendtgørelse nr. 975 af 2025. <a href="/docs">API-dokumentation</a>
        </p>
      </footer>
    </>
  );
}

export function RouteError() {
  const error = useRouteError();
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main id="indhold" tabIndex={-1}>
      <h1>Siden kunne ikke vises</h1>
      <p role="alert">{text}</p>
      <p>
        <a href="/">Til forsiden</a>
      </p>
    </main>
  );
}
