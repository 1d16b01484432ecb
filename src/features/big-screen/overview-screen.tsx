import { useTranslation } from '../../lib/i18n';
import { formatPercent } from '../../lib/format';
import { AttentionList } from './attention-list';
import { BsMissing, BsPanel } from './bs-panel';
import { FlipCounter } from './flip-counter';
import { FunctionGauges } from './function-gauges';
import { RankingBoard } from './ranking-board';
import { headlineCounts, type HeadlineCounts } from './select-screen-data';
import type { ScreenProps } from './screen-props';
import { StatusMatrix } from './status-matrix';
import { TargetStrip } from './target-strip';

/** The headline counters left to right: four states of the tasks, then the indicators met. */
const COUNTERS = [
  { tone: 'onTrack', label: 'onTrack', unit: 'tasksUnit', count: (c: HeadlineCounts) => c.tasks?.onTrack },
  { tone: 'watch', label: 'watch', unit: 'tasksUnit', count: (c: HeadlineCounts) => c.tasks?.watch },
  { tone: 'behind', label: 'behind', unit: 'tasksUnit', count: (c: HeadlineCounts) => c.tasks?.behind },
  { tone: 'done', label: 'done', unit: 'tasksUnit', count: (c: HeadlineCounts) => c.tasks?.done },
  {
    tone: 'met',
    label: 'indicatorsMet',
    unit: 'indicatorsUnit',
    count: (c: HeadlineCounts) => c.indicators?.met,
  },
] as const;

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
          {COUNTERS.map(({ tone, label, unit, count }) => (
            <FlipCounter
              key={tone}
              value={count(c) ?? null}
              label={t(`counters.${label}`)}
              unit={t(`counters.${unit}`)}
              tone={tone}
              testId={`bs-count-${tone}`}
            />
          ))}
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
