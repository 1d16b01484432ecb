import type { CSSProperties } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import type { IndicatorRollup, PlanData } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useLang, useTheme } from '../../stores/ui-store';
import './messages';

interface Props {
  rollups: readonly IndicatorRollup[];
  functions: PlanData['plan']['functions'];
  fn: FunctionCode | null;
  setFn: (fn: FunctionCode | null) => void;
}

/** One card a function: mean attainment, met and at risk; pressing a card filters the list to it. */
export function FunctionRollupPanel({ rollups, functions, fn, setFn }: Props) {
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  return (
    <Panel title={t('byFunction')} testId="indicator-functions">
      <div className="ind-fn-grid">
        {rollups.map((r) => {
          const code = r.key as FunctionCode;
          const plainFn = functions.find((f) => f.code === code);
          return (
            <button
              key={code}
              type="button"
              className="ind-fn-card"
              aria-pressed={fn === code}
              onClick={() => setFn(fn === code ? null : code)}
              style={{ '--fn-color': palette.fn[code] } as CSSProperties}
              data-testid={`indicator-fn-${code}`}
              title={t('filterByFn', { name: tc(`fn.${code}`) })}
            >
              <span className="ind-fn-head">
                <span className={`fn-tag fn-${code}`}>{code}</span>
                <span className="ind-fn-name">{plainFn ? nameIn(plainFn, lang) : tc(`fn.${code}`)}</span>
                <span className="ind-fn-count">{t('indicatorCount', { count: r.count })}</span>
              </span>
              <RollupFigures r={r} code={code} />
              <StatusBar counts={r.counts} kind="indicator" noData={r.noData} showLegend={false} />
            </button>
          );
        })}
      </div>
    </Panel>
  );
}

function RollupFigures({ r, code }: { r: IndicatorRollup; code: FunctionCode }) {
  const { t } = useTranslation('indicators');
  return (
    <span className="ind-fn-figures">
      <span className="ind-fn-figure">
        <span className="num big" data-testid={`indicator-fn-${code}-mean`}>
          {formatPercent(r.meanAttainment)}
        </span>
        <span className="ind-fn-caption">{t('meanAttainment')}</span>
      </span>
      <span className="ind-fn-figure">
        <span className="num mid status-text-done" data-testid={`indicator-fn-${code}-met`}>
          {r.met}
        </span>
        <span className="ind-fn-caption">{t('met')}</span>
      </span>
      <span className="ind-fn-figure">
        <span className="num mid status-text-lagging" data-testid={`indicator-fn-${code}-at-risk`}>
          {r.atRisk}
        </span>
        <span className="ind-fn-caption">{t('atRisk')}</span>
      </span>
    </span>
  );
}
