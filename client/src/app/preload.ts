import type { QueryClient } from '@tanstack/react-query';
import { missionsQueryOptions } from '../features/missions/api/get-missions';
import { myWorkQueryOptions } from '../features/reporting/api/get-reporting';
import { missionViewQueryOptions } from './mission-view';
import { searchFlag } from './use-search-flag';

/**
 * Asks for the first screen's code and data as the app starts, beside the session check, instead
 * of after it: over a field link every round trip waited for costs more than half a second. When
 * nobody is signed in they answer 401, and the session gate asks for a sign-in as it would anyway.
 */
export function preloadFirstScreen(
  queryClient: QueryClient,
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
) {
  void queryClient.prefetchQuery(myWorkQueryOptions());
  if (pathname === '/') {
    const includeUnapproved = searchFlag(new URLSearchParams(search), 'unapproved');
    void queryClient.prefetchQuery(missionsQueryOptions({ includeUnapproved }));
    return;
  }
  const mission = /^\/missions\/(\d+)\/?$/.exec(pathname);
  if (mission) {
    const id = Number(mission[1]);
    void import('./pages/mission-page');
    void queryClient.prefetchQuery(missionViewQueryOptions(queryClient, id));
  }
}
