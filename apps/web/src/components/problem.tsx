// An API problem (problem+json, Danish) as the user sees it: title, detail, and each field's message.
import type { ApiError, Problem } from '../lib/api.js';

export function ProblemView({ error, problem }: { error?: ApiError | Error | null; problem?: Problem | null }) {
  const p: Problem | undefined = problem ?? (error && 'problem' in error ? (error as ApiError).problem : error ? { title: error.message, status: 0 } : undefined);
  if (!p) return null;
  return (
    <div className="problem" role="alert">
      <p className="problem__title">{p.title}</p>
      {p.detail && <p>{p.detail}</p>}
      {p.errors && p.errors.length > 0 && (
        <ul>
          {p.errors.map((e, i) => (
            <li key={i}>
              {e.pointer || e.path ? <code>{e.pointer ?? e.path}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A success / information message in a live region. */
export function Notice({ children, tone = 'ok' }: { children: React.ReactNode; tone?: 'ok' | 'info' }) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {children}
    </div>
  );
}
