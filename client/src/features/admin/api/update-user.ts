import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserPatch } from '@cpea/shared/user';
import { userEndpoints } from '@cpea/shared/api/users';
import { call } from '../../../lib/api';
import { AUDIT_QUERY_KEY } from './get-audit';
import { USERS_QUERY_KEY } from './get-users';

export function updateUser({ id, patch }: { id: number; patch: UserPatch }) {
  return call(userEndpoints.updateUser, { params: { id }, body: patch });
}

/** Role, disabled flag or a new password; the server refuses to disable or demote yourself. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async (user) => {
      queryClient.setQueryData<User[]>(USERS_QUERY_KEY, (users) =>
        users?.map((existing) => (existing.id === user.id ? user : existing)),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: AUDIT_QUERY_KEY }),
      ]);
    },
  });
}
