import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { MilestoneWords } from './format-indicator';
import './messages';

/** The words a milestone's value is written in, in the current language. */
export function useIndicatorWords(): MilestoneWords {
  const { t } = useTranslation('indicators');
  return useMemo(
    () => ({ done: t('milestone.done'), notYet: t('milestone.notYet'), target: t('milestone.target') }),
    [t],
  );
}
