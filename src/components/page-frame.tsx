import { redactUrl } from '../data/errors';
import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n';
import { useConfig } from '../data/config-context';
import type { PlanAssessmentState } from '../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../domain/metrics';
import { useLang } from '../stores/ui-store';
import { DataHealth } from './data-health';

interface PageFrameProps {
  title: string;
  testId: string;
  state: PlanAssessmentState;
  requestedAsOf: string | null;
  actions?: ReactNode;
  children: (assessment: PlanAssessment, data: PlanData) => ReactNode;
}

/** Every view: its title, the data-health line, and its body once the plan has loaded. */
export function PageFrame({ title, testId, state, requestedAsOf, actions, children }: PageFrameProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const config = useConfig();
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
        children(state.assessment, state.data)
      ) : (
        <div className="panel-state" aria-busy={state.pending}>
          {state.pending ? t('state.loading') : null}
        </div>
      )}
    </div>
  );
}
