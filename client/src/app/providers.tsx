import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ME_QUERY_KEY } from '../features/auth/api/get-me';
import { isApiError } from '../lib/api';
import { LocaleProvider } from '../lib/i18n';
import { preloadFirstScreen } from './preload';

function createQueryClient() {
  // A 401 anywhere means the session ended: forget the user, and the session gate asks them to sign in again.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) queryClient.setQueryData(ME_QUERY_KEY, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again; a dropped connection might.
        retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    preloadFirstScreen(client, window.location);
    return client;
  });
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </LocaleProvider>
  );
}
