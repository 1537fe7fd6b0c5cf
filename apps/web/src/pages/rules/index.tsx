import { Page } from '../../components/page.js';

export default function RulesPage() {
  return <Page title="Regler"><p>Under opbygning.</p></Page>;
}
