import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import { Unavailable } from '../../components/resource-cause';
import type { PlanAssessment } from '../../domain/metrics';
import type { Plan } from '../../domain/schemas';
import { formatPercent, type Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';

interface Props {
  assessment: PlanAssessment;
  plan: Plan;
  lang: Lang;
  missingCause: string;
}

/** The plan's aspects in order, each a meter of completion with time elapsed marked on it. */
export function AspectsPanel({ assessment, plan, lang, missingCause }: Props) {
  const { t } = useTranslation();
  return (
    <Panel title={t('overview.aspects')} testId="aspects">
      {assessment.byAspect === null ? <Unavailable cause={missingCause} /> : null}
      <ol className="aspect-list">
        {(assessment.byAspect ?? []).map((r) => {
          const aspect = plan.aspects.find((a) => a.id === r.key);
          return (
            <li key={r.key} data-testid={`aspect-${r.key}`}>
              <div className="aspect-head">
                <span className="aspect-name">{aspect ? nameIn(aspect, lang) : r.key}</span>
                <span className="num">{formatPercent(r.meanProgress)}</span>
              </div>
              <div className="meter" aria-hidden="true">
                <span className="meter-fill" style={{ width: `${Math.round(r.meanProgress * 100)}%` }} />
                <span className="meter-mark" style={{ left: `${Math.round(r.meanTimeProgress * 100)}%` }} />
              </div>
              <StatusBar counts={r.counts} showLegend />
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
