// The one way pages talk to the API: same origin, the session cookie (httpOnly, sent by the
// browser), and on every request that changes something the session's CSRF token in the
// `X-CSRF-Token` header (apps/api/src/http/session.ts checks it). Errors come back as the API's
// problem+json (RFC 9457) in Danish, as an ApiError pages show with <ProblemView>.

/** A problem+json body as the API sends it (docs/api.md). */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  /** Validation problems: JSON pointer, Danish message (and, for rule documents, line/column). */
  errors?: Array<{ pointer?: string; path?: string; message: string; line?: number; column?: number; [key: string]: unknown }>;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem, readonly response?: Response) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | undefined;
/** Set by the session provider after sign-in / GET /session. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a request answers 401 (session expired or token revoked): the shell shows sign-in. */
let onUnauthorized: (() => void) | undefined;
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

export interface ApiOptions extends Omit<RequestInit, 'body'> {
  /** A JS value is sent as JSON; a string as text/plain (the draft PUT and validate routes read text). */
  body?: unknown;
  /** Extra headers, e.g. If-Match for a draft's revision. */
  headers?: Record<string, string>;
}

/** The raw Response (for headers such as ETag); throws ApiError unless 2xx. */
export async function apiResponse(path: string, options: ApiOptions = {}): Promise<Response> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string') {
      body = options.body;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    } else {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { ...options, method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    let problem: Problem;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = { title: `Serveren svarede ${response.status}`, status: response.status };
    }
    if (response.status === 401) onUnauthorized?.();
    throw new ApiError({ ...problem, status: problem.status ?? response.status }, response);
  }
  return response;
}

/** JSON of a 2xx answer (undefined for 204); throws ApiError otherwise. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const response = await apiResponse(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}
