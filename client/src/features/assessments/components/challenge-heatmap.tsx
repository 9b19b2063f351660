import { ChartFrame } from '../../../components/chart-frame';
import { HeatMap } from '../../../components/heat-map';
import { heatMapSvg } from '../../../components/heat-map-export';
import { ErrorState, LoadingState } from '../../../components/states';
import { useAssessments } from '../api/get-assessments';
import { buildChallengeHeatmap, challengeHeatMapData } from '../lib/challenge-heatmap';
import { useCatalogText, useT } from '../../../lib/i18n';

interface ChallengeHeatmapProps {
  missionId: number;
  sources: string[];
  subject?: string;
}

/** Challenge categories × periods as a table coloured light to dark, with the severity in each cell. */
export function ChallengeHeatmap({ missionId, sources, subject }: ChallengeHeatmapProps) {
  const assessments = useAssessments(missionId);
  const t = useT();
  const catalog = useCatalogText();
  const title = t('charts.heatmap');
  if (assessments.isPending) return <LoadingState label={t('charts.loadingChallenges')} />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  const heatmap = buildChallengeHeatmap(assessments.data);
  if (heatmap.periods.length === 0) return null;
  const data = challengeHeatMapData(heatmap, t, catalog);
  return (
    <ChartFrame
      title={title}
      exportTitle={`${subject ? `${subject}: ` : ''}${title}${t('charts.heatmapScale')}`}
      sources={sources}
      chartIsTable
      exportBody={() => heatMapSvg(data, t, catalog)}
    >
      <HeatMap data={data} caption={t('charts.heatmapCaption', { title })} corner={t('charts.challenge')} startAtEnd />
    </ChartFrame>
  );
}
