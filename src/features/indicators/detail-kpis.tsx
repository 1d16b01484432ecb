import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import type { IndicatorAssessment } from '../../domain/metrics';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { targetPeriodLabel } from './format-indicator';
import './messages';

interface Props {
  a: IndicatorAssessment;
  /** The date judged at. */
  date: string;
  fmt: (v: number | null | undefined, role?: 'actual' | 'target') => string;
  lang: Lang;
}

/** Actual, target, attainment, expected, projection and status, each with the fact that qualifies it. */
export function DetailKpis({ a, date, fmt, lang }: Props) {
  const { t } = useTranslation('indicators');
  return (
    <Panel title={t('detail.kpis')} testId="indicator-kpis">
      <dl className="ind-kpis">
        <Kpi term={t('detail.actual')} testId="kpi-actual" value={fmt(a.actual)}>
          <dd className="ind-sub">{t('detail.asOfDate', { date: formatDate(a.actualDate, lang) })}</dd>
        </Kpi>
        <Kpi term={t('detail.target')} testId="kpi-target" value={fmt(a.target?.value, 'target')}>
          <dd className="ind-sub" data-testid="kpi-target-period">
            {a.target
              ? t('detail.period', { period: targetPeriodLabel(a.target, lang) })
              : t('chart.noTarget')}
          </dd>
        </Kpi>
        <Kpi term={t('detail.attainment')} testId="kpi-attainment" value={formatPercent(a.attainment)}>
          <dd className="ind-sub">
            {t('detail.timeProgress', { pct: formatPercent(a.target ? a.timeProgress : null) })}
          </dd>
        </Kpi>
        <Kpi
          term={t('detail.expected')}
          testId="kpi-expected"
          value={fmt(a.expected)}
          valueClass="ind-expected"
        >
          <dd className="ind-sub">{formatPercent(a.expected === null ? null : a.expectedAttainment)}</dd>
        </Kpi>
        <Kpi term={t('detail.projection')} testId="kpi-projection" value={fmt(a.projection)}>
          <dd className="ind-sub">
            {a.projection !== null && a.target
              ? `${t('detail.projectionNote', { date: formatDate(a.projectionDate, lang) })} · ${formatPercent(a.projectedAttainment)}`
              : t('detail.noProjection')}
          </dd>
        </Kpi>
        <div className="ind-kpi">
          <dt>{t('detail.status')}</dt>
          <dd data-testid="kpi-status">
            <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />
          </dd>
          <dd className="ind-sub">{t('detail.evaluating', { date: formatDate(date, lang) })}</dd>
        </div>
      </dl>
    </Panel>
  );
}

function Kpi({
  term,
  testId,
  value,
  valueClass,
  children,
}: {
  term: string;
  testId: string;
  value: string;
  valueClass?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="ind-kpi">
      <dt>{term}</dt>
      <dd className={valueClass ? `num big ${valueClass}` : 'num big'} data-testid={testId}>
        {value}
      </dd>
      {children}
    </div>
  );
}
