import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { WallChart } from './wall-chart';
import { StatusBar } from '../../components/status-bar';
import type { FunctionCode } from '../../domain/codes';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { buildGaugeOption } from './build-gauge-option';
import { BsMissing } from './bs-panel';
import type { ScreenProps } from './screen-props';

function FunctionGauge({ code, props }: { code: FunctionCode; props: ScreenProps }) {
  const { t } = useTranslation('bigScreen');
  const tc = useTranslation().t;
  const { assessment, data, palette, lang, rem } = props;
  const r = assessment.byFunction?.find((x) => x.key === code);
  const fn = data.plan.functions.find((f) => f.code === code);
  const name = fn ? nameIn(fn, lang) : tc(`fn.${code}`);
  const ind = assessment.indicatorsByFunction?.find((x) => x.key === code);
  const option = useMemo(
    () =>
      buildGaugeOption(
        {
          name,
          progress: r?.meanProgress ?? 0,
          timeProgress: r?.meanTimeProgress ?? 0,
          color: palette.fn[code],
        },
        palette,
        { completion: t('completion'), timeProgress: t('timeProgress') },
        rem,
      ),
    [name, r?.meanProgress, r?.meanTimeProgress, palette, code, t, rem],
  );
  if (!r) return null;
  return (
    <article
      className="bs-fn"
      data-testid={`bs-fn-${code}`}
      style={{ '--fn-color': palette.fn[code] } as React.CSSProperties}
    >
      <div className="bs-fn-gauge">
        <WallChart
          rem={rem}
          option={option}
          label={`${name} ${t('completion')} ${formatPercent(r.meanProgress)}`}
          height="100%"
        />
      </div>
      <div className="bs-fn-facts">
        <h3>
          <span className="bs-fn-code">{code}</span>
          <span>{name}</span>
        </h3>
        <p className="bs-fn-line">
          <span className="num" data-testid={`bs-fn-${code}-progress`}>
            {formatPercent(r.meanProgress)}
          </span>{' '}
          <span className="bs-muted">{t('completion')}</span>
          <span className="bs-time num">
            {t('timeProgress')} {formatPercent(r.meanTimeProgress)}
          </span>
        </p>
        <p className="bs-muted bs-fn-small">
          {t('fnTasks', { count: r.count })} · {t('fnAttainment')}{' '}
          <strong className="num">{formatPercent(ind?.meanAttainment ?? null)}</strong>
        </p>
        <StatusBar counts={r.counts} />
      </div>
    </article>
  );
}

export function FunctionGauges(props: ScreenProps) {
  // No ring is drawn from tasks that never arrived: a 0% gauge would read as no progress.
  if (props.assessment.byFunction === null) return <BsMissing cause={props.causes.tasks} />;
  return (
    <div className="bs-fns">
      {(['C', 'T', 'O'] as const).map((code) => (
        <FunctionGauge key={code} code={code} props={props} />
      ))}
    </div>
  );
}
