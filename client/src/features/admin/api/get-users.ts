import { queryOptions, useQuery } from '@tanstack/react-query';
import { userEndpoints } from '@cpea/shared/api/users';
import { call } from '../../../lib/api';

export const USERS_QUERY_KEY = ['users'] as const;

export function getUsers(signal?: AbortSignal) {
  return call(userEndpoints.listUsers, { signal });
}

export function usersQueryOptions() {
  return queryOptions({ queryKey: USERS_QUERY_KEY, queryFn: ({ signal }) => getUsers(signal) });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}

/** Admins who could approve: only admins may list users, so it is asked only when `enabled`. */
export function useActiveAdminCount(enabled: boolean): number | undefined {
  const users = useQuery({ ...usersQueryOptions(), enabled });
  return users.data?.filter((user) => user.role === 'admin' && !user.disabled).length;
}
