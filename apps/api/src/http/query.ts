import type { Request } from 'express';
import { isIsoDate } from '@fordeling/engine';
import { problems } from './problem.js';

/** Longer than any id, date or name a parameter carries. */
const MAX_PARAMETER_LENGTH = 200;

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw problems.invalid(`Parameteren »${name}« må kun angives én gang.`, [{ pointer: `#/query/${name}`, message: 'Angiv én værdi.' }]);
  // The value reaches the store: PostgreSQL cannot hold NUL (issue 15), and no real parameter is long.
  if (value.includes('\u0000') || value.length > MAX_PARAMETER_LENGTH) {
    const message = value.includes('\u0000') ? `Parameteren »${name}« indeholder NUL-tegnet (tegnkode 0). Fjern tegnet.` : `Parameteren »${name}« må højst være ${MAX_PARAMETER_LENGTH} tegn.`;
    throw problems.invalid(message, [{ pointer: `#/query/${name}`, message }]);
  }
  return value;
}

/** An optional ISO date query parameter; 422 when malformed. */
export function queryDate(req: Request, name: string): string | undefined {
  const value = single(req, name);
  if (value !== undefined && !isIsoDate(value)) {
    const message = `»${value}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`;
    throw problems.invalid(message, [{ pointer: `#/query/${name}`, message }]);
  }
  return value;
}

export function queryString(req: Request, name: string, required = false): string | undefined {
  const value = single(req, name);
  if (required && !value) {
    throw problems.invalid(`Parameteren »${name}« mangler.`, [{ pointer: `#/query/${name}`, message: `Parameteren »${name}« mangler.` }]);
  }
  return value || undefined;
}

export function queryYear(req: Request, name: string): number | undefined {
  const value = single(req, name);
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) {
    const message = `»${value}« er ikke et årstal.`;
    throw problems.invalid(message, [{ pointer: `#/query/${name}`, message }]);
  }
  return Number(value);
}

/** An optional whole number from 1 to `max`; 422 otherwise (e.g. `limit`). */
export function queryPositiveInteger(req: Request, name: string, max: number): number | undefined {
  const value = single(req, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    const message = `»${value}« er ikke et helt tal fra 1 til ${max.toLocaleString('da-DK')}.`;
    throw problems.invalid(message, [{ pointer: `#/query/${name}`, message }]);
  }
  return Number(value);
}
