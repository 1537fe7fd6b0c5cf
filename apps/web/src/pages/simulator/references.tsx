// A legal reference as a region's lawyer reads it: the instrument and paragraph, the source by its
// real title (GET /v1/sources, rules/sources.json) with its link, and »illustrativ« where the
// project ships a value the order does not give. The rule files' internal notes are never shown.
import { useApi } from '../../lib/use-api.js';

export interface LegalReference {
  instrument: string;
  paragraph?: string;
  url?: string;
  illustrative?: boolean;
}

interface SourceDocument {
  id: string;
  title: string;
  url?: string;
  aliases: string[];
}

/** The catalogue of sources, loaded once per page. */
export function useSources(): SourceDocument[] {
  return useApi<{ sources: SourceDocument[] }>('/v1/sources').data?.sources ?? [];
}

const same = (a: string, b: string) => a.toLocaleLowerCase('da') === b.toLocaleLowerCase('da');

/** »BEK nr. 975 af 2025, § 4« — as the letters cite it. */
export function citation(reference: LegalReference): string {
  return reference.paragraph ? `${reference.instrument}, ${reference.paragraph}` : reference.instrument;
}

export function Reference({ reference, sources }: { reference: LegalReference; sources: SourceDocument[] }) {
  const source = sources.find((s) => same(s.title, reference.instrument) || s.aliases.some((a) => same(a, reference.instrument)));
  const url = reference.url ?? source?.url;
  return (
    <span className="reference">
      {url ? <a href={url}>{citation(reference)}</a> : citation(reference)}
      {source && <> — {source.title}</>}
      {reference.illustrative && <> <span className="illustrative">illustrativ</span></>}
    </span>
  );
}
