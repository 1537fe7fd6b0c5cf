import type { LegalReference } from '@fordeling/engine';
import type { CaseStatus } from './contract/index.js';

/**
 * Typed store errors; apps map them to HTTP status codes (see `httpStatus`). Messages are Danish
 * because they reach legal officers and clinics unchanged.
 */
export abstract class StoreError extends Error {
  abstract readonly httpStatus: number;
  abstract readonly code: string;
}

/** A state change clashed with the case's state or version (skip, go back, concurrent write) → 409. */
export class StateConflictError extends StoreError {
  readonly httpStatus = 409;
  readonly code = 'state-conflict';
  constructor(
    message: string,
    readonly details: {
      /** The case that clashed; absent when the clash is about a whole round. */
      caseId?: string;
      hearingId?: string;
      currentStatus?: CaseStatus;
      currentVersion?: number;
      requestedStatus?: CaseStatus;
      expectedVersion?: number;
    },
  ) {
    super(message);
    this.name = 'StateConflictError';
  }
}

/** A change breaks a rule given by the caller's rule sets → 422. */
export class RuleViolationError extends StoreError {
  readonly httpStatus = 422;
  readonly code = 'rule-violation';
  constructor(
    readonly ruleId: string,
    message: string,
    readonly reference: LegalReference,
    /** The input field at fault, e.g. "minimumPerCapacity". */
    readonly field: string,
  ) {
    super(message);
    this.name = 'RuleViolationError';
  }
}

/** A referenced run, hearing or case does not exist → 404. */
export class NotFoundError extends StoreError {
  readonly httpStatus = 404;
  readonly code = 'not-found';
  constructor(
    message: string,
    readonly entity: string,
    readonly entityId: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Malformed input (not a number, empty field, missing region for a region token) → 400. */
export class InvalidInputError extends StoreError {
  readonly httpStatus = 400;
  readonly code = 'invalid-input';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/**
 * A step of the rule-set workflow that one of its rules forbids, naming the rule (`ruleId`): a
 * published version changed (409 `published-versions-immutable`), an author approving their own draft
 * (403 `four-eyes`), a draft with problems submitted (422 `draft-without-problems`), a step out of
 * order (409 `rule-version-steps`), a version that exists (409 `version-exists`), a stale revision
 * (409 `stale-revision`), a library changed while a publication was checked (409 `library-changed`).
 */
export class RuleWorkflowError extends StoreError {
  readonly code = 'rule-workflow';
  constructor(
    readonly httpStatus: 403 | 409 | 422,
    readonly ruleId: string,
    message: string,
    readonly details: { ruleSetId: string; version: string; status?: string; revision?: number } ,
  ) {
    super(message);
    this.name = 'RuleWorkflowError';
  }
}

/** An applied migration's file changed after it was applied; the store refuses to start. */
export class MigrationChecksumError extends Error {
  constructor(
    readonly version: number,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Migration ${version} er ændret efter den blev kørt (kontrolsum ${actual} ≠ ${expected}).`);
    this.name = 'MigrationChecksumError';
  }
}
