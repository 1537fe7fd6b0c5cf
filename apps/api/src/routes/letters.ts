import { Router, type Response } from 'express';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { queryString, queryYear } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { CASE_LETTERS, LetterService, type CaseLetterKind, type RenderedLetter } from '../letters/letter-service.js';
import { visibleCase } from './cases.js';
import { expanded, visibleDecision } from './decisions.js';

function letterKind(kind: string): CaseLetterKind {
  if ((CASE_LETTERS as readonly string[]).includes(kind)) return kind as CaseLetterKind;
  throw problems.notFound(`Ukendt brevtype »${kind}«. Gyldige: ${CASE_LETTERS.join(', ')}.`);
}

function format(req: Parameters<typeof queryString>[0]): 'html' | 'pdf' {
  const value = queryString(req, 'format') ?? 'html';
  if (value === 'html' || value === 'pdf') return value;
  const message = `Ukendt format »${value}«. Gyldige: html, pdf.`;
  throw problems.invalid(message, [{ pointer: '#/query/format', message }]);
}

/** HTML to show in the page (a sandboxed frame), or the PDF as a download named as the batch names it. */
async function send(res: Response, letters: LetterService, letter: RenderedLetter, as: 'html' | 'pdf'): Promise<void> {
  res.set('Fordeling-Letter-Id', letter.letterId);
  if (as === 'html') {
    // The letter is self-contained (inline CSS and fonts); it may be framed by the workbench only.
    res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'");
    res.type('html').send(letter.html);
    return;
  }
  const pdf = await letters.pdf(letter);
  res.set('Content-Disposition', `attachment; filename="${letter.fileName('pdf')}"`);
  res.type('application/pdf').send(pdf);
}

/**
 * The letters of a hearing case and of a stored capacity decision, built as `fordeling letters`
 * builds them (libs/letters): shown as HTML, downloaded as PDF, and recorded on the case — one case
 * at a time, which is how the workbench's batch shows its progress.
 */
export function letterRoutes(ctx: AppContext): Router {
  const router = Router();
  const letters = new LetterService(ctx.store, () => ctx.rules.library);

  // GET /v1/cases/{providerNumber}/letters/{kind}?format=html|pdf&year= — the letter as it stands now.
  router.get('/cases/:providerNumber/letters/:kind', async (req, res) => {
    const kind = letterKind(req.params.kind);
    const as = format(req);
    const detail = await visibleCase(ctx, res, req.params.providerNumber, queryYear(req, 'year'));
    const letter = await letters.caseLetter(detail, kind);
    await send(res, letters, letter, as);
  });

  // POST /v1/cases/{providerNumber}/letters/{kind} — records the letter (id and content hash) on the
  // case, audited; a letter id the case already has is not recorded again (as the batch does).
  router.post('/cases/:providerNumber/letters/:kind', requireRole('region'), async (req, res) => {
    const kind = letterKind(String(req.params.kind));
    const detail = await visibleCase(ctx, res, String(req.params.providerNumber), queryYear(req, 'year'));
    const letter = await letters.caseLetter(detail, kind);
    const run = await ctx.store.getRun(detail.runId);
    usedRuleSets(res, run!.run.ruleSets);
    const already = detail.letters.some((l) => l.letterId === letter.letterId);
    if (!already) {
      await ctx.store.recordLetter({
        caseId: detail.id, kind, letterId: letter.letterId, contentHash: letter.contentHash,
        actor: actorOf(principal(res)), ruleSets: run!.run.ruleSets,
      });
    }
    res.status(already ? 200 : 201).json({ kind, providerNumber: detail.providerNumber, letterId: letter.letterId, contentHash: letter.contentHash, recorded: !already });
  });

  // GET /v1/decisions/{id}/letter?format=html|pdf — the decision's »kapacitet« letter.
  router.get('/decisions/:id/letter', async (req, res) => {
    const as = format(req);
    const record = await visibleDecision(ctx, res, req.params.id);
    usedRuleSets(res, record.ruleSets);
    const letter = await letters.decisionLetter(record, expanded(ctx, record));
    await send(res, letters, letter, as);
  });

  return router;
}
