import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function logOut() {
  return api.post<void>('/auth/logout', {});
}

export function useLogOut() {
  return useMutation({
    mutationFn: logOut,
    // A fresh page: nothing the last person saw or typed stays in memory for the next one.
    onSuccess: () => window.location.assign('/'),
  });
}
