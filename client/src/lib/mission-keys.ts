// What is read about one mission (the mission, its assessments, scores and targets) is keyed
// under `detail(id)`, and every mission key under `all`: a save that can move any score
// invalidates `missionKeys.all`, the portfolio's latest scores included.
export const missionKeys = {
  all: ['missions'] as const,
  lists: () => [...missionKeys.all, 'list'] as const,
  detail: (id: number) => [...missionKeys.all, id] as const,
};
