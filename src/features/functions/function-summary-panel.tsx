import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { Panel } from '../../components/panel';
import { ProgressRing } from '../../components/progress-ring';
import { Unavailable } from '../../components/resource-cause';
import { StatusBar } from '../../components/status-bar';
import { useConfig } from '../../data/config-context';
import { gapBand, gapPointsShown, type IndicatorRollup } from '../../domain/metrics';
import { STATUS_CODES, type FunctionCode } from '../../domain/codes';
import type { CoreFunction } from '../../domain/schemas';
import { formatPercent, formatPoints } from '../../lib/format';
import { useSharedSearch } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import type { FunctionRollups } from './select-function';
import { useFunctionLook } from './use-function-look';
import './messages';

interface Props {
  code: FunctionCode;
  fn: CoreFunction | undefined;
  compact: boolean;
  rollups: FunctionRollups;
}

/** The function's completion against time, its tasks by status and its indicators' attainment. */
export function FunctionSummaryPanel({ code, fn, compact, rollups }: Props) {
  const { tasks: rollup, indicators: indRollup } = rollups;
  const { name, color } = useFunctionLook(code, fn);
  const lang = useLang();
  const { thresholds } = useConfig();
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const tasksCause = tc('health.causeMissing', { resource: tc('health.resource.tasks') });
  const indicatorsCause = tc('health.causeMissing', { resource: tc('health.resource.indicators') });
  const progress = rollup?.meanProgress ?? 0;
  const time = rollup?.meanTimeProgress ?? 0;
  const counts =
    rollup?.counts ??
    (Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as Record<(typeof STATUS_CODES)[number], number>);

  return (
    <Panel
      title={<FunctionHeading code={code} name={name} color={color} compact={compact} />}
      className="fn-summary"
      testId={`fn-${code}-summary`}
    >
      {rollup === null ? <Unavailable cause={tasksCause} /> : null}
      <div className="fn-summary-body" hidden={rollup === null}>
        <ProgressRing
          value={progress}
          marker={time}
          color={color}
          size={compact ? '8.5rem' : '13rem'}
          label={t('ringLabel', { name, done: formatPercent(progress), time: formatPercent(time) })}
        >
          <span className="num ring-value fn-ring-value" data-testid={`fn-${code}-completion`}>
            {formatPercent(progress)}
          </span>
          <span className="ring-caption">
            {t('timeProgress')} <span data-testid={`fn-${code}-time`}>{formatPercent(time)}</span>
          </span>
        </ProgressRing>
        <div className="fn-facts">
          <p className="fn-count">
            <span className="num fn-big" data-testid={`fn-${code}-task-count`}>
              {rollup?.count ?? 0}
            </span>
            <span className="fn-unit">{t('taskCount')}</span>
          </p>
          <p className={`fn-gap ${gapBand(gapPointsShown(progress, time) / 100, thresholds)}`}>
            {t('gap', { points: formatPoints(gapPointsShown(progress, time) / 100) })}
          </p>
          <StatusBar counts={counts} />
        </div>
      </div>
      {indRollup === null ? <Unavailable cause={indicatorsCause} /> : null}
      <IndicatorLine code={code} indRollup={indRollup} />
      {!compact && fn ? (
        <p className="fn-description">
          {lang === 'en' && fn.descriptionEn ? fn.descriptionEn : fn.description}
        </p>
      ) : null}
    </Panel>
  );
}

function IndicatorLine({ code, indRollup }: { code: FunctionCode; indRollup: IndicatorRollup | null }) {
  const { t } = useTranslation('functions');
  return (
    <div className="fn-ind-line" data-testid={`fn-${code}-indicators`} hidden={indRollup === null}>
      <span>
        {t('meanAttainment')}{' '}
        <strong className="num" data-testid={`fn-${code}-attainment`}>
          {formatPercent(indRollup?.meanAttainment ?? null)}
        </strong>
      </span>
      <span>
        {t('met')} <strong className="num status-text-done">{indRollup?.met ?? 0}</strong>
      </span>
      <span>
        {t('atRisk')} <strong className="num status-text-lagging">{indRollup?.atRisk ?? 0}</strong>
      </span>
      <span className="fn-muted">{t('indicatorCount', { count: indRollup?.count ?? 0 })}</span>
    </div>
  );
}

/** The code badge and name; in the three-column view the name opens the function on its own. */
function FunctionHeading({
  code,
  name,
  color,
  compact,
}: {
  code: FunctionCode;
  name: string;
  color: string;
  compact: boolean;
}) {
  const { t } = useTranslation('functions');
  const search = useSharedSearch();
  return (
    <span className="fn-heading">
      <span className="fn-code fn-code-badge" style={{ background: color }} aria-hidden="true">
        {code}
      </span>
      {compact ? (
        <Link
          className="fn-heading-link"
          to={{ pathname: `/functions/${code}`, search }}
          title={t('open', { name })}
          data-testid={`fn-open-${code}`}
        >
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
    </span>
  );
}
