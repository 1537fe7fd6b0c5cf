// The layout of a page's content: its <h1> (and the document title), an optional lead, the body.
import { useEffect, type ReactNode } from 'react';

export function Page({ title, lead, actions, children }: { title: string; lead?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} — Fordeling`;
  }, [title]);
  return (
    <div className="page">
      <div className="page__head">
        <h1>{title}</h1>
        {actions && <div className="page__actions">{actions}</div>}
      </div>
      {lead && <div className="page__lead">{lead}</div>}
      {children}
    </div>
  );
}

/** A titled part of a page (h2 with an id so it can be linked to and labels the section). */
export function Section({ id, title, children, level = 2 }: { id: string; title: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{title}</Heading>
      {children}
    </section>
  );
}

/** "Indlæser …" as a polite live status, so screen readers hear when something arrives. */
export function Loading({ what = 'Indlæser' }: { what?: string }) {
  return <p role="status" className="loading">{what} …</p>;
}

/** A polite live region for results that change as the user types (search hits, validation). */
export function LiveStatus({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="status" aria-live="polite" className="live-status">
      {children}
    </p>
  );
}
