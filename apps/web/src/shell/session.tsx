// Who is signed in: GET /session (apps/api/src/http/session.ts) answers the principal behind the
// session cookie and the session's CSRF token, or 401. Pages read it with useSession().
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from '../lib/api.js';

export type Role = 'ministry' | 'region' | 'reader';

export interface SessionInfo {
  principal: { id: string; role: Role; region: string | null; label: string };
  csrf: string;
  expiresAt: string;
}

interface SessionState {
  session: SessionInfo | null;
  /** True until the first GET /session has answered. */
  loading: boolean;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

// Asked as soon as the shell's script runs, in parallel with the first page's chunk, not after it.
let early: Promise<SessionInfo> | undefined = api<SessionInfo>('/session');
early.catch(() => undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      const pending = early ?? api<SessionInfo>('/session');
      early = undefined;
      const info = await pending;
      setCsrfToken(info.csrf);
      setSession(info);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      setCsrfToken(undefined);
      setSession(null);
    } finally {
      setLoading(false);
    }
  }, []);
  const signOut = useCallback(async () => {
    try {
      await api('/session', { method: 'DELETE' });
    } finally {
      setCsrfToken(undefined);
      setSession(null);
    }
  }, []);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(undefined);
      setSession(null);
    });
    void refresh();
    return () => setUnauthorizedHandler(undefined);
  }, [refresh]);
  return <SessionContext.Provider value={{ session, loading, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside <SessionProvider>');
  return state;
}

export const ROLE_NAMES: Record<Role, string> = { ministry: 'Ministeriet', region: 'Region', reader: 'Læseadgang' };
