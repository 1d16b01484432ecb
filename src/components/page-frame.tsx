import { redactUrl } from '../data/errors';
import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n';
import { useConfig } from '../data/config-context';
import type { PlanAssessmentState } from '../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../domain/metrics';
import { useLang } from '../stores/ui-store';
import { DataHealth } from './data-health';
import { Unavailable } from './resource-cause';
import { useReportStamp } from './report-stamp';
import { ShownDate } from './shown-date';
import type { ResourceName } from '../domain/codes';

interface PageFrameProps {
  title: string;
  testId: string;
  state: PlanAssessmentState;
  requestedAsOf: string | null;
  actions?: ReactNode;
  /** The resources the view counts: each one missing gets a "—" and its cause above the body. */
  needs?: readonly ResourceName[];
  children: (assessment: PlanAssessment, data: PlanData) => ReactNode;
}

/** Every view: its title, the data-health line, and its body once the plan has loaded. */
export function PageFrame({
  title,
  testId,
  state,
  requestedAsOf,
  actions,
  needs = [],
  children,
}: PageFrameProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const config = useConfig();
  useReportStamp(title, state.asOf);
  return (
    <div className={`page ${testId}`} data-testid={testId}>
      <div className="page-head">
        <h1>{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      <DataHealth
        resources={state.resources}
        asOf={state.asOf}
        requestedAsOf={requestedAsOf}
        sourceLabel={config.mock.enabled ? t('health.mock') : redactUrl(config.api.baseUrl)}
        lang={lang}
      />
      {state.assessment && state.data ? (
        <ShownDate value={state.assessment.asOf}>
          {needs
            .filter((r) => state.assessment?.availability[r] === 'missing')
            .map((r) => (
              <p key={r} className="panel-state missing-resource" data-testid={`missing-${r}`}>
                <Unavailable cause={t('health.causeMissing', { resource: t(`health.resource.${r}`) })} />
              </p>
            ))}
          {needs
            .filter((r) => state.assessment?.availability[r] === 'notProvided')
            .map((r) => (
              <p key={r} className="panel-state quiet" data-testid={`not-provided-${r}`}>
                {t('health.causeNotProvided', { resource: t(`health.resource.${r}`) })}
              </p>
            ))}
          {children(state.assessment, state.data)}
        </ShownDate>
      ) : (
        <div className="panel-state" aria-busy={state.pending}>
          {state.pending ? t('state.loading') : null}
        </div>
      )}
    </div>
  );
}
