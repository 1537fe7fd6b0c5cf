import type { CaseStatus } from './contract/index.js';

/** Danish names of the steps, for messages to legal officers. */
export const statusLabel: Record<CaseStatus, string> = {
  advisory: 'vejledende',
  preliminary: 'foreløbig',
  response: 'høringssvar',
  final: 'endelig',
};

/**
 * The one step a case must be in before moving to `to`: advisory → preliminary → response → final
 * (seeds 002/003: advisory number, preliminary minimum in October, hearing, final decision).
 */
export const requiredPrevious: Record<Exclude<CaseStatus, 'advisory'>, CaseStatus> = {
  preliminary: 'advisory',
  response: 'preliminary',
  final: 'response',
};
