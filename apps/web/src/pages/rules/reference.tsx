// A legal reference as readers see it: the citation (linked), the sources by their real titles, and
// »Illustrativ værdi« when the number is a placeholder until the order's own figure is entered.
import type { ReferenceView } from './types.js';

export function Reference({ reference }: { reference?: ReferenceView }) {
  if (!reference) return <span>–</span>;
  return (
    <span className="reference">
      {reference.url ? <a href={reference.url}>{reference.citation}</a> : reference.citation}
      {reference.illustrative && (
        <>
          {' '}
          <span className="illustrative">Illustrativ værdi</span>
        </>
      )}
      {reference.paragraphMissing && <span className="field__hint"> (paragraffen er endnu ikke angivet)</span>}
      {reference.sources.length > 0 && (
        <span className="field__hint">
          {' '}
          Kilde: {reference.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              {s.url ? <a href={s.url}>{s.title}</a> : s.title}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

export function IllustrativeMark({ on }: { on: boolean }) {
  return on ? <span className="illustrative">Illustrativ værdi</span> : null;
}
