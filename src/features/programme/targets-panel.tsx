import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { Panel } from '../../components/panel';
import type { PlanAssessment } from '../../domain/metrics';
import type { Programme } from '../../domain/schemas';
import { formatDate } from '../../lib/format';
import { PALETTES } from '../../lib/palette';
import { useIsPhone } from '../../lib/use-media';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildTargetsOption } from './build-targets-option';
import { targetRows, type TargetRow } from './select-programme';
import { useStatusWord } from './use-status-word';
import './messages';

interface Props {
  programme: Programme;
  /** The assessment at the programme year's end; null while it loads. */
  yearEnd: PlanAssessment | null;
  evalDate: string;
  columns: Column<TargetRow>[];
}

/** The year's indicator targets: attainment bars, and the same rows as a table. */
export function TargetsPanel({ programme, yearEnd, evalDate, columns }: Props) {
  const { t } = useTranslation('programme');
  const year = programme.year;
  const statusWord = useStatusWord();
  const targets = useMemo(() => (yearEnd ? targetRows(programme, yearEnd) : []), [programme, yearEnd]);
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const { t: tc } = useTranslation();
  const rem = useRem();
  const compact = useIsPhone();
  const option = useMemo(
    () =>
      buildTargetsOption({
        rows: targets,
        palette,
        lang,
        rem,
        compact,
        labels: {
          attainment: t('chart.attainment'),
          target: t('chart.target'),
          actual: t('chart.actual'),
          status: t('chart.status'),
          item: t('chart.item'),
          expected: t('chart.expected'),
          noData: t('noData'),
          statusWord,
        },
      }),
    [targets, palette, lang, rem, compact, t, statusWord],
  );
  return (
    <Panel title={t('targets', { year })} testId="targets" className="targets-panel">
      <p className="evaluated-note" data-testid="evaluated-note">
        {t('evaluatedNote', { year, date: formatDate(evalDate, lang) })}
      </p>
      {!yearEnd ? (
        <p className="panel-state">{tc('state.loading')}</p>
      ) : targets.length === 0 ? (
        <p className="panel-state">{t('targetsEmpty')}</p>
      ) : (
        <div className="targets-layout">
          <Chart
            option={option}
            label={t('targetsChart', { year })}
            height={`${Math.max(12, targets.length * (compact ? 3.3 : 2.9) + 4)}rem`}
            downloadName={`${t('targetsCsv')}-${evalDate}`}
          />
          <DataTable
            rows={targets}
            columns={columns}
            rowKey={(r) => r.key}
            text={{ caption: t('targets', { year }), csvName: t('targetsCsv') }}
            asOf={evalDate}
            sortParam="tsort"
            testId="targets-table"
          />
        </div>
      )}
    </Panel>
  );
}
