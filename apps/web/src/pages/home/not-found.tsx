import { Link } from 'react-router';
import { Page } from '../../components/page.js';

export default function NotFound() {
  return (
    <Page title="Siden findes ikke">
      <p>
        Adressen findes ikke i arbejdsbordet. <Link to="/">Til forsiden</Link>
      </p>
    </Page>
  );
}
