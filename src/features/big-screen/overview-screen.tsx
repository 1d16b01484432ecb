import { useTranslation } from '../../lib/i18n';
import { formatPercent } from '../../lib/format';
import { AttentionList } from './attention-list';
import { BsMissing, BsPanel } from './bs-panel';
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
            value={c.tasks?.onTrack ?? null}
            label={t('counters.onTrack')}
            unit={t('counters.tasksUnit')}
            tone="onTrack"
            testId="bs-count-onTrack"
          />
          <FlipCounter
            value={c.tasks?.watch ?? null}
            label={t('counters.watch')}
            unit={t('counters.tasksUnit')}
            tone="watch"
            testId="bs-count-watch"
          />
          <FlipCounter
            value={c.tasks?.behind ?? null}
            label={t('counters.behind')}
            unit={t('counters.tasksUnit')}
            tone="behind"
            testId="bs-count-behind"
          />
          <FlipCounter
            value={c.tasks?.done ?? null}
            label={t('counters.done')}
            unit={t('counters.tasksUnit')}
            tone="done"
            testId="bs-count-done"
          />
          <FlipCounter
            value={c.indicators?.met ?? null}
            label={t('counters.indicatorsMet')}
            unit={t('counters.indicatorsUnit')}
            tone="met"
            testId="bs-count-met"
          />
        </div>
        {overall && c.tasks ? (
          <p className="bs-overall" data-testid="bs-overall">
            <span data-testid="bs-total">
              {t('total', { count: c.tasks.total })}
              {c.tasks.other > 0 ? ` · ${t('totalOther', { count: c.tasks.other })}` : ''}
            </span>
            {' · '}
            {t('overall', {
              progress: formatPercent(overall.meanProgress),
              time: formatPercent(overall.meanTimeProgress),
            })}
          </p>
        ) : (
          <BsMissing cause={props.causes.tasks} />
        )}
        <BsPanel title={t('matrix')} className="bs-grow">
          <StatusMatrix {...props} />
        </BsPanel>
      </div>
      <div className="bs-area-right">
        <BsPanel title={t('attention')} className="bs-grow" testId="bs-attention">
          <AttentionList {...props} />
        </BsPanel>
        <BsPanel title={t('ranking')} extra={t('rankingHint')} testId="bs-ranking-panel">
          <RankingBoard {...props} perPage={5} />
        </BsPanel>
      </div>
      <div className="bs-area-strip">
        <TargetStrip {...props} />
      </div>
    </div>
  );
}
