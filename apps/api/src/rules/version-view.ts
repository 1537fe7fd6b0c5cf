import { parseJsonSource, type LoadedRuleSet, type RuleLibrary } from '@fordeling/engine';
import { STORE_LABEL, type RuleVersionDetail, type RuleVersionRecord } from '@fordeling/store';

/**
 * A version as the API shows it: its reference, where it lives, the document, and its state in the
 * workflow with its history — the same shape for a version shipped in the folder (its state from the
 * file and the lock entry) and one in the store (drafts, and versions published through the API).
 */
export function versionView(library: RuleLibrary, loaded: LoadedRuleSet | undefined, stored: RuleVersionDetail | RuleVersionRecord | undefined) {
  if (stored) return storedView(library, loaded, stored);
  if (!loaded) throw new Error('versionView needs a loaded or a stored version');
  const lock = library.lockEntries[`${loaded.ref.id}@${loaded.ref.version}`];
  const published = loaded.document.status === 'published';
  const publisher = lock?.publishedBy ? { id: 'lock', label: lock.publishedBy } : null;
  return {
    ref: loaded.ref,
    file: loaded.file,
    document: loaded.document,
    state: {
      status: loaded.document.status,
      source: 'folder' as const,
      validFrom: loaded.document.validFrom,
      inForce: library.periodOf(loaded) ?? null,
      authors: [],
      submittedBy: null,
      submittedAt: null,
      approvedBy: published ? publisher : null,
      publishedAt: published ? (lock?.publishedAt ?? null) : null,
      publishReason: published ? (lock?.reason ?? null) : null,
      rejectedBy: null,
      rejectedAt: null,
      rejectReason: null,
      problems: [],
      warnings: library.warnings.filter((w) => w.file === loaded.file),
    },
    // Shipped versions were published with `fordeling rules publish`; the lock entry is their history.
    history:
      published && lock
        ? [{ action: 'publish', fromStatus: 'draft', toStatus: 'published', revision: null, actor: publisher, at: lock.publishedAt ?? null, reason: lock.reason ?? null, hash: lock.hash, problemCount: 0 }]
        : [],
  };
}

function storedView(library: RuleLibrary, loaded: LoadedRuleSet | undefined, stored: RuleVersionDetail | RuleVersionRecord) {
  const parsed = parseJsonSource(stored.text);
  return {
    ref: { id: stored.ruleSetId, version: stored.version, hash: stored.hash, ...(stored.status === 'published' ? {} : { draft: true }) },
    file: loaded?.file ?? `${STORE_LABEL}/${stored.path}`,
    // A text that is JSON but no object (`[]`, `"…"`) is no document either; `text` and the problems say what it is.
    document: loaded?.document ?? (parsed.ok && isObject(parsed.value) ? parsed.value : null),
    text: stored.text,
    state: {
      status: stored.status,
      source: 'store' as const,
      revision: stored.revision,
      validFrom: stored.validFrom,
      inForce: loaded ? (library.periodOf(loaded) ?? null) : null,
      authors: stored.authors,
      submittedBy: stored.submittedBy,
      submittedAt: stored.submittedAt,
      approvedBy: stored.approvedBy,
      publishedAt: stored.publishedAt,
      publishReason: stored.publishReason,
      rejectedBy: stored.rejectedBy,
      rejectedAt: stored.rejectedAt,
      rejectReason: stored.rejectReason,
      problems: stored.problems,
      warnings: stored.warnings,
    },
    history: 'history' in stored ? stored.history : [],
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
