// A decision as a region's lawyer reads it: the outcome, the deciding rule by its Danish title, the
// explanation in sentences, and every rule evaluated (the trace) with its reference and conditions.
import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { Reference } from '../rules/reference.js';
import type { ReferenceView } from '../rules/types.js';

/** A rule's legal reference as the trace carries it (libs/engine LegalReference). */
interface LegalReference { instrument: string; paragraph?: string; url?: string; illustrative?: boolean; note?: string }

/**
 * The trace's references as users see them (POST /v1/references: the engine's referenceView — the
 * citation and the sources by their real titles, as the rule explorer shows them).
 */
function useReferenceViews(references: LegalReference[]): ReferenceView[] | undefined {
  const key = JSON.stringify(references);
  const [views, setViews] = useState<{ key: string; views: ReferenceView[] }>();
  useEffect(() => {
    let live = true;
    api<{ references: ReferenceView[] }>('/v1/references', { method: 'POST', body: { references: JSON.parse(key) as LegalReference[] } }).then(
      (answer) => live && setViews({ key, views: answer.references }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return views?.key === key ? views.views : undefined;
}

/** What every sentence of a preview begins with (apps/api/src/routes/decision-preview.ts). */
export const PREVIEW_PREFIX = 'PRØVE — ingen afgørelse, intet er gemt';

interface ConditionTrace { sentence?: string; result: boolean }
interface RuleTrace {
  ruleId: string;
  title?: string;
  role: 'base' | 'exception';
  fired: boolean;
  status?: string;
  conditions: ConditionTrace[];
  reference: LegalReference;
  explanation: string;
}

export interface DecisionAnswer {
  outcome: 'granted' | 'refused';
  basis: string;
  validUntil: string | null;
  decidingRule: string;
  explanation: string[];
  trace: RuleTrace[];
  asOf: string;
  ruleSets: Array<{ id: string; version: string }>;
  preview?: boolean;
  draft?: boolean;
}

/** The banner is shown once above the decision; the sentences are read without it. */
const unmarked = (sentence: string) => sentence.replace(new RegExp(`^${PREVIEW_PREFIX}: `), '');

// RuleStatus (libs/engine decisions/types.ts) in words.
const STATUS: Record<string, string> = { deciding: 'afgørende', agreeing: 'opfyldt, samme udfald', overridden: 'opfyldt, men fraveget', 'not-applicable': 'gælder ikke', 'not-fired': 'ikke opfyldt' };

export function DecisionView({ answer }: { answer: DecisionAnswer }) {
  const ordered = [...answer.trace].sort((a, b) => Number(b.ruleId === answer.decidingRule) - Number(a.ruleId === answer.decidingRule) || Number(b.fired) - Number(a.fired));
  const views = useReferenceViews(ordered.map((rule) => rule.reference));
  const deciding = answer.trace.find((t) => t.ruleId === answer.decidingRule);
  const granted = answer.outcome === 'granted';
  return (
    <div className="decision">
      <p className={`decision__outcome decision__outcome--${answer.outcome}`}>
        <strong>{granted ? 'Imødekommet' : 'Afslået'}</strong> efter »{deciding?.title ?? answer.decidingRule}«
        {answer.validUntil ? `, gælder til og med ${formatDate(answer.validUntil)}` : ''} — afgjort pr. {formatDate(answer.asOf)}.
      </p>
      <h3>Begrundelse</h3>
      <ul className="decision__explanation">
        {answer.explanation.map((s, i) => <li key={i}>{unmarked(s)}</li>)}
      </ul>
      <h3>Reglerne, der blev prøvet</h3>
      <ol className="decision__trace">
        {ordered.map((rule, index) => (
          <li key={rule.ruleId} className={rule.fired ? 'fired' : undefined}>
            <p>
              <strong>{rule.title ?? rule.ruleId}</strong>{' '}
              <span className="tag">{rule.ruleId === answer.decidingRule ? 'afgørende' : STATUS[rule.status ?? ''] ?? (rule.fired ? 'opfyldt' : 'ikke opfyldt')}</span>
            </p>
            <p>{unmarked(rule.explanation)}</p>
            <p>Retsgrundlag: <Reference reference={views?.[index]} /></p>
            {rule.conditions.some((c) => c.sentence) && (
              <details>
                <summary>Betingelserne ({rule.conditions.length})</summary>
                <ul>
                  {rule.conditions.filter((c) => c.sentence).map((c, i) => <li key={i}>{unmarked(c.sentence!)}</li>)}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
