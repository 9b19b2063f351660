import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '@cpea/shared/user';
import { api } from '../../../lib/api';
import { ME_QUERY_KEY } from './get-me';

export function logIn(credentials: { username: string; password: string }) {
  return api.post<User>('/auth/login', credentials);
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (user) => {
      // Everything cached belonged to whoever was here before. The user query itself stays (and
      // is set) rather than being cleared: its observers would otherwise never see the new value.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
