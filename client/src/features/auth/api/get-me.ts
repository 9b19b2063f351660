import { queryOptions, useQuery } from '@tanstack/react-query';
import { hasRole, type Role, type User } from '@cpea/shared/user';
import { authEndpoints } from '@cpea/shared/api/auth';
import { call, isApiError } from '../../../lib/api';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in (a 401 is an answer, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await call(authEndpoints.getMe, { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/** Whether the signed-in user may do what `role` may do; the server enforces it regardless. */
export function useHasRole(role: Role): boolean {
  const me = useMe();
  return me.data ? hasRole(me.data.role, role) : false;
}
