import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useNavigate } from '../../lib/router';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { STATUS_GLYPH } from '../../components/status-badge';
import { useElementWidth } from '../../components/use-element-width';
import type { AssessedIndicator } from '../../domain/metrics';
import type { Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import type { Palette } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { buildIndicatorBulletOption, bulletHeightRem, type BulletRow } from './build-indicator-bullet-option';
import { formatIndicatorValue, targetPeriodLabel } from './format-indicator';
import { statusKey } from './select-indicators';
import { useIndicatorWords } from './use-indicator-words';
import './messages';

interface Props {
  rows: readonly AssessedIndicator[];
  palette: Palette;
  lang: Lang;
  /** The date the rows are judged at, for the download's name. */
  date: string;
  /** The query string a bar's click carries to the detail page. */
  detailSearch: string;
}

function useBulletRows(rows: readonly AssessedIndicator[], lang: Lang): BulletRow[] {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const words = useIndicatorWords();
  const statusText = useCallback(
    (x: AssessedIndicator) => `${STATUS_GLYPH[statusKey(x)]} ${tc(`indicatorStatus.${statusKey(x)}`)}`,
    [tc],
  );
  return useMemo(
    () =>
      rows.map(({ indicator: ind, a }) => ({
        id: ind.id,
        name: nameIn(ind, lang),
        status: a.status,
        statusText: a.target ? statusText({ indicator: ind, a }) : t('chart.noTarget'),
        attainment: a.attainment,
        expectedAttainment: a.attainment === null ? null : a.expectedAttainment,
        actualText: formatIndicatorValue(a.actual, ind, lang, words),
        targetText:
          ind.kind === 'milestone' ? '' : formatIndicatorValue(a.target?.value, ind, lang, words, 'target'),
        expectedText: formatIndicatorValue(a.expected, ind, lang, words),
        periodText: a.target ? targetPeriodLabel(a.target, lang) : '',
      })),
    [rows, lang, words, statusText, t],
  );
}

/** Attainment against the expected point, one bar an indicator; a bar opens its indicator. */
export function BulletPanel({ rows, palette, lang, date, detailSearch }: Props) {
  const { t } = useTranslation('indicators');
  const rem = useRem();
  const navigate = useNavigate();
  const [chartRef, chartWidth] = useElementWidth<HTMLDivElement>();
  const bulletRows = useBulletRows(rows, lang);
  const bullet = useMemo(
    () =>
      buildIndicatorBulletOption(
        bulletRows,
        palette,
        {
          attainment: t('chart.attainment'),
          expected: t('chart.expected'),
          target: t('chart.target'),
          noData: t('chart.noData'),
        },
        rem,
        chartWidth,
      ),
    [bulletRows, palette, t, rem, chartWidth],
  );
  const onChartEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const i = (p as { dataIndex?: number }).dataIndex;
        const row = i === undefined ? undefined : bulletRows[i];
        if (row) void navigate({ pathname: `/indicators/${row.id}`, search: detailSearch });
      },
    }),
    [bulletRows, navigate, detailSearch],
  );

  return (
    <Panel title={t('bulletTitle')} testId="indicator-bullet">
      {rows.length === 0 ? (
        <p className="panel-state">{t('noMatch')}</p>
      ) : (
        <>
          <BulletLegend />
          <div ref={chartRef}>
            <Chart
              option={bullet}
              label={t('bulletLabel')}
              height={`${bulletHeightRem(bulletRows.length)}rem`}
              downloadName={`${t('bulletTitle')}-${date}`}
              onEvents={onChartEvents}
            />
          </div>
        </>
      )}
    </Panel>
  );
}

function BulletLegend() {
  const { t } = useTranslation('indicators');
  return (
    <ul className="ind-legend" aria-label={t('bulletLabel')}>
      <li>
        <span className="ind-key ind-key-bar" aria-hidden="true" />
        {t('legendBar')}
      </li>
      <li>
        <span className="ind-key ind-key-tick" aria-hidden="true" />
        {t('legendTick')}
      </li>
      <li>
        <span className="ind-key ind-key-target" aria-hidden="true" />
        {t('legendTarget')} 100%
      </li>
      <li className="ind-help">{t('bulletHelp')}</li>
    </ul>
  );
}
