import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserInput } from '@cpea/shared/user';
import { api } from '../../../lib/api';
import { AUDIT_QUERY_KEY } from './get-audit';
import { USERS_QUERY_KEY } from './get-users';

export function createUser(input: UserInput) {
  return api.post<User>('/users', input);
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
