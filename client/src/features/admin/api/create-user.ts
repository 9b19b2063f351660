import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userEndpoints } from '@cpea/shared/api/users';
import type { UserInput } from '@cpea/shared/user';
import { call } from '../../../lib/api';
import { AUDIT_QUERY_KEY } from './get-audit';
import { USERS_QUERY_KEY } from './get-users';

export function createUser(input: UserInput) {
  return call(userEndpoints.createUser, { body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: AUDIT_QUERY_KEY }),
      ]);
    },
  });
}
