import { Link } from 'react-router';
import { Page } from '../../components/page.js';
import { PAGES } from '../index.js';
import { useSession } from '../../shell/session.js';

export default function Home() {
  const { session } = useSession();
  const pages = PAGES.filter((p) => p.nav && (!p.roles || (session && p.roles.includes(session.principal.role))));
  return (
    <Page title="Arbejdsbordet">
      <p>Reglerne for fordeling af lægekapacitet efter sundhedslovens § 206 b og bekendtgørelse nr. 975 af 2025.</p>
      <ul className="cards">
        {pages.map((p) => (
          <li key={p.path} className="card">
            <h2>
              <Link to={`/${p.path}`}>{p.nav}</Link>
            </h2>
            {p.description && <p>{p.description}</p>}
          </li>
        ))}
      </ul>
    </Page>
  );
}
