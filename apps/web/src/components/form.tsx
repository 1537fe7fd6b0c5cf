// A form with one submit button, a busy state and the API's problem shown above the button; fields
// are plain labelled inputs (Field) or JSON Forms (pages/drafts).
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../lib/api.js';
import { ProblemView } from './problem.js';

export function Form({ onSubmit, submitLabel, children, className, secondary }: {
  /** Throw (an ApiError) to show the problem; resolve for success. */
  onSubmit: () => Promise<void>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  secondary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={`form ${className ?? ''}`} onSubmit={(e) => void submit(e)} noValidate>
      {children}
      <ProblemView error={error} />
      <button type="submit" className={`button${secondary ? ' button--secondary' : ''}`} disabled={busy} aria-busy={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** A labelled field; `hint` and `error` are tied to the input with aria-describedby. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      {children}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** aria-describedby for a Field's input. */
export const describedBy = (id: string, hint?: unknown, error?: unknown): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
