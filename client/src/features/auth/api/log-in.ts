import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authEndpoints } from '@cpea/shared/api/auth';
import type { LoginInput } from '@cpea/shared/user';
import { call } from '../../../lib/api';
import { ME_QUERY_KEY } from './get-me';

export function logIn(credentials: LoginInput) {
  return call(authEndpoints.logIn, { body: credentials });
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (user) => {
      queryClient.setQueryData(ME_QUERY_KEY, user);
      // After a session ended mid-work, the screen is still there: ask again for what it shows,
      // keeping its data meanwhile so that no form is unmounted.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  });
}
