import type { Request } from 'express';
import { isIsoDate } from '@fordeling/engine';
import { problems } from './problem.js';

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw problems.invalid(`Parameteren »${name}« må kun angives én gang.`, [{ pointer: `#/query/${name}`, message: 'Angiv én værdi.' }]);
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
