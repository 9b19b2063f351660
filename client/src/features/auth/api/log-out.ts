import { useMutation } from '@tanstack/react-query';
import { authEndpoints } from '@cpea/shared/api/auth';
import { call } from '../../../lib/api';

export function logOut() {
  return call(authEndpoints.logOut, {});
}

export function useLogOut() {
  return useMutation({
    mutationFn: logOut,
    // A fresh page: nothing the last person saw or typed stays in memory for the next one.
    onSuccess: () => window.location.assign('/'),
  });
}
