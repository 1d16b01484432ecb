import { useCallback } from 'react';
import type { StatusCode } from '../../domain/codes';
import { useTranslation } from '../../lib/i18n';

/** A target's status in words, as its table column and the chart's tooltip read it (null: no data). */
export function useStatusWord(): (s: StatusCode | null) => string {
  const { t: tc } = useTranslation();
  return useCallback((s: StatusCode | null) => tc(`indicatorStatus.${s ?? 'noData'}`), [tc]);
}
