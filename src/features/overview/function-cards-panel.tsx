import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { ProgressRing } from '../../components/progress-ring';
import { StatusBar } from '../../components/status-bar';
import { Unavailable } from '../../components/resource-cause';
import type { PlanAssessment } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import type { Plan } from '../../domain/schemas';
import { formatPercent, type Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import type { Palette } from '../../lib/palette';

interface Props {
  assessment: PlanAssessment;
  plan: Plan;
  palette: Palette;
  lang: Lang;
  missingCause: string;
}

/** One card per function: completion in a ring with time elapsed as its marker, tasks, indicator attainment. */
export function FunctionCardsPanel({ assessment, plan, palette, lang, missingCause }: Props) {
  const { t } = useTranslation();
  return (
    <Panel title={t('overview.functions')} className="functions-panel" testId="functions">
      {assessment.byFunction === null ? <Unavailable cause={missingCause} /> : null}
      <div className="function-grid">
        {(assessment.byFunction ?? []).map((r) => {
          const fn = plan.functions.find((f) => f.code === r.key);
          const ind = assessment.indicatorsByFunction?.find((x) => x.key === r.key);
          const code = r.key as FunctionCode;
          return (
            <article
              key={r.key}
              className={`function-card fn-${code}`}
              data-testid={`function-${code}`}
              style={{ '--fn-color': palette.fn[code] } as React.CSSProperties}
            >
              <header>
                <span className="fn-code" style={{ background: palette.fn[code] }}>
                  {code}
                </span>
                <h3>{fn ? nameIn(fn, lang) : t(`fn.${code}`)}</h3>
              </header>
              <div className="function-body">
                <ProgressRing
                  value={r.meanProgress}
                  marker={r.meanTimeProgress}
                  color={palette.fn[code]}
                  label={`${t('overview.fnCompletion')} ${formatPercent(r.meanProgress)}, ${t('overview.fnTime')} ${formatPercent(r.meanTimeProgress)}`}
                >
                  <span className="num ring-value" data-testid={`function-${code}-completion`}>
                    {formatPercent(r.meanProgress)}
                  </span>
                  <span className="ring-caption">
                    {t('overview.fnTime')} {formatPercent(r.meanTimeProgress)}
                  </span>
                </ProgressRing>
                <div className="function-facts">
                  <p>{t('overview.fnTasks', { count: r.count })}</p>
                  <StatusBar counts={r.counts} />
                  <p className="fn-attainment">
                    {t('overview.fnAttainment')}{' '}
                    <strong className="num">{formatPercent(ind?.meanAttainment ?? null)}</strong>
                  </p>
                </div>
              </div>
            </article>
          );
        })}
      </div>
    </Panel>
  );
}
