import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { ProgressRing } from '../../components/progress-ring';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { CauseBox, causeSentence, Unavailable } from '../../components/resource-cause';
import { LatestNote } from '../../components/latest-note';
import { StatusBasis } from '../../components/status-basis';
import { needsAttention, statusSeverity, type PlanAssessment, type PlanData } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES, type Theme } from '../../lib/palette';
import { useIndicatorBars } from './briefing-charts';
import { changeRows } from './briefing-tables';
import { changeSummaryText, changesHeading } from './change-summary';
import './messages';
import type { Briefing } from './use-briefing';

export const SLIDES = ['cover', 'summary', 'functions', 'behind', 'indicators', 'changes'] as const;
export type SlideKey = (typeof SLIDES)[number];

/** What every slide reads: the briefing with its assessment and data present (the page waits for both). */
interface SlideProps {
  b: Briefing;
  assessment: PlanAssessment;
  data: PlanData;
  rem: number;
  theme: Theme;
}

/** Why a resource's figures are "—", in a sentence. */
function useMissing(b: Briefing) {
  const tc = useTranslation().t;
  return (r: 'tasks' | 'indicators') =>
    causeSentence(
      b.state.resources.find((x) => x.resource === r)!,
      tc,
    ) ?? tc('health.causeMissing', { resource: tc(`health.resource.${r}`) });
}

function CoverSlide({ b, assessment, data }: SlideProps) {
  const { t } = useTranslation('briefing');
  const { lang, comparison } = b;
  return (
    <div className="slide slide-cover">
      <p className="slide-kicker">{t('coverKicker')}</p>
      <h1>{t('coverTitle')}</h1>
      <p className="slide-plan">{nameIn(data.plan, lang)}</p>
      <p className="slide-dates">
        {t('asOf')} <strong>{formatDate(assessment.asOf, lang)}</strong>
        {comparison.compareAsOf ? (
          <>
            {' · '}
            {t('compareWith')} <strong>{formatDate(comparison.compareAsOf, lang)}</strong>
          </>
        ) : null}
      </p>
      <CauseBox resources={b.state.resources} testId="present-warning" />
    </div>
  );
}

function SummarySlide({ b }: SlideProps) {
  const { t } = useTranslation('briefing');
  return (
    <div className="slide">
      <h1>{t('summary')}</h1>
      <CauseBox resources={b.state.resources} testId="present-warning" />
      <div className="slide-summary">
        {b.summary
          .filter((p) => p.key !== 'changes')
          .map((p) => (
            <p key={p.key}>{p.text}</p>
          ))}
      </div>
    </div>
  );
}

function FunctionsSlide({ b, assessment, data, theme }: SlideProps) {
  const { t } = useTranslation('briefing');
  const missing = useMissing(b);
  const { lang } = b;
  const palette = PALETTES[theme];
  return (
    <div className="slide">
      <h1>{t('slides.functions')}</h1>
      {assessment.byFunction === null ? <Unavailable cause={missing('tasks')} /> : null}
      <div className="slide-fns">
        {(assessment.byFunction ?? []).map((r) => {
          const code = r.key as FunctionCode;
          const fn = data.plan.functions.find((f) => f.code === code);
          const name = fn ? nameIn(fn, lang) : code;
          return (
            <article
              key={code}
              className="slide-fn"
              style={{ '--fn-color': palette.fn[code] } as React.CSSProperties}
            >
              <ProgressRing
                value={r.meanProgress}
                marker={r.meanTimeProgress}
                color={palette.fn[code]}
                size="17rem"
                label={`${name} ${formatPercent(r.meanProgress)}`}
              >
                <span className="num slide-ring-value">{formatPercent(r.meanProgress)}</span>
                <span className="slide-ring-caption">
                  {t('timeProgress')} {formatPercent(r.meanTimeProgress)}
                </span>
              </ProgressRing>
              <h2>
                <span className="fn-badge">{code}</span> {name}
              </h2>
              <p className="slide-muted">{t('fnTasks', { count: r.count })}</p>
              <StatusBar counts={r.counts} />
            </article>
          );
        })}
      </div>
    </div>
  );
}

function BehindSlide({ b, assessment }: SlideProps) {
  const { t } = useTranslation('briefing');
  const missing = useMissing(b);
  const { lang, unitName } = b;
  const rows = assessment.tasks
    .filter((x) => needsAttention(x.a.status))
    .sort((x, y) => statusSeverity(y.a.status) - statusSeverity(x.a.status) || x.a.gap - y.a.gap)
    .slice(0, 6);
  return (
    <div className="slide">
      <h1>{t('behind')}</h1>
      {assessment.overall === null ? (
        <Unavailable cause={missing('tasks')} />
      ) : rows.length === 0 ? (
        <p className="slide-muted">{t('noBehind')}</p>
      ) : (
        <ol className="slide-behind">
          {rows.map(({ task, a }) => (
            <li key={task.id}>
              <div className="slide-behind-head">
                <StatusBadge status={a.status} manual={Boolean(a.manual)} />
                <strong>
                  {task.order}. {nameIn(task, lang)}
                </strong>
                <span className="slide-muted">
                  {t('col.lead')} {unitName(task.leadUnitId)} · {formatPercent(a.progress)} /{' '}
                  {t('timeProgress')} {formatPercent(a.timeProgress)}
                </span>
              </div>
              <StatusBasis a={a} className="slide-basis" />
              <LatestNote point={a.latestNote} lang={lang} className="slide-note" />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function IndicatorsSlide({ b, assessment, data, rem, theme }: SlideProps) {
  const { t } = useTranslation('briefing');
  const missing = useMissing(b);
  const palette = PALETTES[theme];
  const bars = useIndicatorBars({ assessment, data, palette, lang: b.lang, scale: rem / 11 });
  return (
    <div className="slide">
      <h1>{t('slides.indicators')}</h1>
      {assessment.indicatorsOverall === null ? (
        <Unavailable cause={missing('indicators')} />
      ) : (
        <>
          <StatusBar
            counts={assessment.indicatorsOverall.counts}
            kind="indicator"
            noData={assessment.indicatorsOverall.noData}
          />
          <div className="slide-chart">
            <Chart option={bars} label={t('chartIndicators')} height="100%" className="slide-chart-fill" />
          </div>
        </>
      )}
    </div>
  );
}

function ChangesSlide({ b }: SlideProps) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const missing = useMissing(b);
  const { lang, comparison } = b;
  const rows = changeRows(b, lang).filter((r) => r.before !== r.after);
  return (
    <div className="slide">
      <h1>{changesHeading(t, comparison.compareAsOf, lang)}</h1>
      {comparison.diff ? (
        <p className="slide-lead">{changeSummaryText(t, comparison.diff)}</p>
      ) : comparison.tasksMissing ? (
        <Unavailable cause={missing('tasks')} />
      ) : (
        <p className="slide-muted">{t('compareHint')}</p>
      )}
      <ol className="slide-changes">
        {rows.slice(0, 8).map((r) => (
          <li key={`${r.kind}-${r.id}`}>
            <span className="slide-muted">{r.kind === 'task' ? t('kindTask') : t('kindIndicator')}</span>
            <strong>{r.name}</strong>
            <StatusBadge status={r.before} kind={r.kind} />
            <span aria-hidden="true">→</span>
            <StatusBadge status={r.after} kind={r.kind} />
          </li>
        ))}
      </ol>
      {rows.length === 0 && comparison.diff ? <p className="slide-muted">{t('noChanges')}</p> : null}
      {rows.length > 0 ? <p className="sr-only">{tc('table.rows', { count: rows.length })}</p> : null}
    </div>
  );
}

const SLIDE_VIEWS: Record<SlideKey, (props: SlideProps) => React.ReactNode> = {
  cover: CoverSlide,
  summary: SummarySlide,
  functions: FunctionsSlide,
  behind: BehindSlide,
  indicators: IndicatorsSlide,
  changes: ChangesSlide,
};

/** One slide of the briefing; nothing until the assessment and its data are there. */
export function Slide({ k, b, rem, theme }: { k: SlideKey; b: Briefing; rem: number; theme: Theme }) {
  const { assessment, data } = b;
  if (!assessment || !data) return null;
  const View = SLIDE_VIEWS[k];
  return <View b={b} assessment={assessment} data={data} rem={rem} theme={theme} />;
}
