// Sign-in: a plain HTML form posted to /session (works before any script has run); the server sets
// the httpOnly session cookie and sends the browser back to the page it came from.
import { useLocation } from 'react-router';
import { Page } from '../../components/page.js';

const MESSAGES: Record<string, string> = {
  ukendt: 'Adgangsnøglen er ukendt eller tilbagekaldt. Kontrollér nøglen, eller bed om en ny.',
  tom: 'Skriv din adgangsnøgle i feltet.',
  udloebet: 'Du er blevet logget ud, fordi sessionen er udløbet. Log ind igen.',
};

export function SignIn() {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const error = params.get('fejl');
  params.delete('fejl');
  const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
  return (
    <Page title="Log ind">
      <p>Log ind med den adgangsnøgle, du har fået af systemets administrator.</p>
      {error && (
        <div className="problem" role="alert" id="sign-in-error">
          <p>{MESSAGES[error] ?? MESSAGES.ukendt}</p>
        </div>
      )}
      <form method="post" action="/session" className="form sign-in">
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor="token">Adgangsnøgle</label>
          <input id="token" name="token" type="password" autoComplete="off" required aria-describedby={error ? 'sign-in-error' : undefined} spellCheck={false} />
        </div>
        <button type="submit" className="button">Log ind</button>
      </form>
      <details>
        <summary>Hvordan får jeg en adgangsnøgle?</summary>
        <p>
          En administrator opretter den på serveren med <code>npx fordeling serve --create-token --role ministry --label "Dit navn"</code>{' '}
          (eller <code>--role region --region Nordjylland</code>). Nøglen vises kun én gang.
        </p>
      </details>
    </Page>
  );
}
