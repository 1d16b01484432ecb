import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import { PALETTES } from '../../lib/palette';
import { useIsPhone } from '../../lib/use-media';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildUnitRankingOption, SCORE_BANDS, type ScoreBand } from './build-unit-ranking-option';
import type { UnitRow } from './select-units';
import { useMoveWords } from './unit-parts';

/** The ranking chart's option, in the page's theme, language and width. */
function useRankingOption(shown: UnitRow[], selectedId: string | null, compact: boolean) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const { thresholds } = useConfig();
  const moveWords = useMoveWords();
  const points = String(Math.round(thresholds.lagGap * 100));
  const bandLabels = useMemo(
    () =>
      Object.fromEntries(SCORE_BANDS.map((b) => [b, t(`bands.${b}`, { points })])) as Record<
        ScoreBand,
        string
      >,
    [t, points],
  );
  return useMemo(
    () =>
      buildUnitRankingOption({
        rows: shown,
        palette,
        lang,
        rem,
        lagGap: thresholds.lagGap,
        selectedId,
        compact,
        labels: {
          bands: bandLabels,
          axis: t('axisScore'),
          newWord: t('newShort'),
          rankWord: t('rankWord'),
          tooltip: {
            rank: t('col.rank'),
            tasks: t('tooltip.tasks'),
            completion: t('col.completion'),
            time: t('col.time'),
            gap: t('col.gap'),
            behind: t('col.behind'),
            change: t('col.change'),
          },
          moveWords,
        },
      }),
    [shown, palette, lang, rem, thresholds.lagGap, selectedId, compact, bandLabels, t, moveWords],
  );
}

interface Props {
  shown: UnitRow[];
  selectedId: string | null;
  setUnit: (id: string | null) => void;
  asOf: string;
}

/** Lead units ranked by completion against time; a bar chooses its unit. */
export function RankingPanel({ shown, selectedId, setUnit, asOf }: Props) {
  const { t } = useTranslation('units');
  const compact = useIsPhone();
  const option = useRankingOption(shown, selectedId, compact);
  const onEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const name = (p as { name?: unknown }).name;
        if (typeof name === 'string') setUnit(name);
      },
    }),
    [setUnit],
  );
  return (
    <Panel title={t('ranking')} testId="ranking" className="units-ranking">
      <p className="units-hint">{t('rankingHint')}</p>
      {shown.length === 0 ? (
        <p className="panel-state" data-testid="units-empty">
          {t('empty')}
        </p>
      ) : (
        <Chart
          option={option}
          label={t('rankingLabel')}
          height={`${Math.max(12, shown.length * (compact ? 3.4 : 2.9) + (compact ? 4.5 : 6))}rem`}
          downloadName={`${t('table.csvName')}-${asOf}`}
          onEvents={onEvents}
        />
      )}
    </Panel>
  );
}
