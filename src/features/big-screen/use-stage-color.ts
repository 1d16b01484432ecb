import { useCallback } from 'react';
import type { ProjectStatus } from '../../domain/schemas';
import { PROJECT_STATUS_COLORS } from '../../lib/project-stage';
import { useTheme } from '../../stores/ui-store';

/** A project stage's colour in the page's theme (no stage known reads muted): the map's markers and the list's. */
export function useStageColor(): (s: ProjectStatus | null) => string {
  const colors = PROJECT_STATUS_COLORS[useTheme()];
  return useCallback((s: ProjectStatus | null) => (s ? colors[s] : 'var(--muted)'), [colors]);
}
