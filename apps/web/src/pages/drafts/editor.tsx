import { Page } from '../../components/page.js';

export default function DraftEditor() {
  return <Page title="Udkast"><p>Under opbygning.</p></Page>;
}
