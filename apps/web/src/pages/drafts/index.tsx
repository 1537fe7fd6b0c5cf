import { Page } from '../../components/page.js';

export default function DraftsPage() {
  return <Page title="Udkast"><p>Under opbygning.</p></Page>;
}
