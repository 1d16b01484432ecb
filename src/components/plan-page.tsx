import type { ReactNode } from 'react';
import { usePlanAssessment } from '../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../domain/metrics';
import type { ResourceName } from '../domain/codes';
import { useAsOfParam } from '../lib/url-state';
import { PageFrame } from './page-frame';

interface PlanPageProps {
  title: string;
  testId: string;
  needs: readonly ResourceName[];
  actions?: ReactNode;
  /** `pending`: the plan at the report date is still loading, so what is on screen may be an earlier date's. */
  children: (assessment: PlanAssessment, data: PlanData, pending: boolean) => ReactNode;
}

/**
 * A view of the plan at the report date the URL names: that date's assessment, in the frame every view has
 * (the title, needs and actions go to the frame as given).
 */
export function PlanPage({ children, ...frame }: PlanPageProps) {
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  return (
    <PageFrame {...frame} state={state} requestedAsOf={asOfParam}>
      {(assessment, data) => children(assessment, data, state.pending)}
    </PageFrame>
  );
}
