import { describe, expect, it } from 'vitest';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { assessmentsQueryOptions } from '../../client/src/features/assessments/api/get-assessments';
import { missionQueryOptions } from '../../client/src/features/missions/api/get-mission';
import { missionsQueryOptions } from '../../client/src/features/missions/api/get-missions';
import { missionKeys } from '../../client/src/lib/mission-keys';
import { targetsQueryOptions } from '../../client/src/features/targets/api/get-targets';
import { missionScoresQueryOptions } from '../../client/src/features/trends/api/get-mission-scores';

// A save that can move any score invalidates `missionKeys.all`: every query about a mission
// has to sit under it, or a screen would keep showing the old score.
describe('mission query keys', () => {
  const keyed: Record<string, QueryKey> = {
    list: missionsQueryOptions({ includeArchived: true }).queryKey,
    mission: missionQueryOptions(7).queryKey,
    assessments: assessmentsQueryOptions(7, { from: '2024Q1' }).queryKey,
    scores: missionScoresQueryOptions(7).queryKey,
    targets: targetsQueryOptions(7).queryKey,
  };

  it('puts the list, the mission, its assessments, scores and targets under missionKeys.all', async () => {
    const client = new QueryClient();
    for (const key of Object.values(keyed)) client.setQueryData(key, {});
    await client.invalidateQueries({ queryKey: missionKeys.all });
    for (const [name, key] of Object.entries(keyed)) {
      expect(client.getQueryState(key)?.isInvalidated, name).toBe(true);
    }
  });

  it('keeps one mission apart from another and from the list', async () => {
    const client = new QueryClient();
    for (const key of Object.values(keyed)) client.setQueryData(key, {});
    client.setQueryData<unknown>(targetsQueryOptions(8).queryKey as QueryKey, {});
    await client.invalidateQueries({ queryKey: missionKeys.detail(8) });
    expect(client.getQueryState(targetsQueryOptions(8).queryKey)?.isInvalidated).toBe(true);
    for (const [name, key] of Object.entries(keyed)) {
      expect(client.getQueryState(key)?.isInvalidated, name).toBe(false);
    }
  });
});
