import { useTranslation } from '../../lib/i18n';
import { formatPercent } from '../../lib/format';
import { AttentionList } from './attention-list';
import { BsPanel } from './bs-panel';
import { FlipCounter } from './flip-counter';
import { FunctionGauges } from './function-gauges';
import { RankingBoard } from './ranking-board';
import { headlineCounts } from './select-screen-data';
import type { ScreenProps } from './screen-props';
import { StatusMatrix } from './status-matrix';
import { TargetStrip } from './target-strip';

/** 总览: functions left, headline counters and the 4×15 matrix in the centre, who is behind on the right. */
export function OverviewScreen(props: ScreenProps) {
  const { t } = useTranslation('bigScreen');
  const c = headlineCounts(props.assessment);
  const { overall } = props.assessment;
  return (
    <div className="bs-body bs-overview" data-testid="bs-screen-overview">
      <BsPanel title={t('functions')} className="bs-area-left" testId="bs-functions">
        <FunctionGauges {...props} />
      </BsPanel>
      <div className="bs-area-centre">
        <div className="bs-counters">
          <FlipCounter
            value={c.onTrack}
            label={t('counters.onTrack')}
            unit={t('counters.tasksUnit')}
            tone="onTrack"
            testId="bs-count-onTrack"
          />
          <FlipCounter
            value={c.behind}
            label={t('counters.behind')}
            unit={t('counters.tasksUnit')}
            tone="behind"
            testId="bs-count-behind"
          />
          <FlipCounter
            value={c.done}
            label={t('counters.done')}
            unit={t('counters.tasksUnit')}
            tone="done"
            testId="bs-count-done"
          />
          <FlipCounter
            value={c.indicatorsMet}
            label={t('counters.indicatorsMet')}
            unit={t('counters.indicatorsUnit')}
            tone="met"
            testId="bs-count-met"
          />
        </div>
        <p className="bs-overall" data-testid="bs-overall">
          {t('overall', {
            progress: formatPercent(overall.meanProgress),
            time: formatPercent(overall.meanTimeProgress),
          })}
        </p>
        <BsPanel title={t('matrix')} className="bs-grow">
          <StatusMatrix {...props} />
        </BsPanel>
      </div>
      <div className="bs-area-right">
        <BsPanel title={t('attention')} className="bs-grow" testId="bs-attention">
          <AttentionList {...props} />
        </BsPanel>
        <BsPanel title={t('ranking')} extra={t('rankingHint')} testId="bs-ranking-panel">
          <RankingBoard {...props} limit={6} />
        </BsPanel>
      </div>
      <div className="bs-area-strip">
        <TargetStrip {...props} />
      </div>
    </div>
  );
}
