import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useNavigate } from '../../lib/router';
import { Chart } from '../../components/chart';
import { ProgressRing } from '../../components/progress-ring';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { CauseBox, causeSentence, Unavailable } from '../../components/resource-cause';
import { needsAttention, statusSeverity } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES, type Theme } from '../../lib/palette';
import { useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useStage, useStageRoot } from '../../stores/stage-store';
import { useTheme } from '../../stores/ui-store';
import { useIndicatorBars } from './briefing-charts';
import { changeRows } from './briefing-tables';
import './messages';
import './present.css';
import { clampSlide, slideForKey } from './slides';
import { useBriefing, type Briefing } from './use-briefing';
import { LatestNote } from '../../components/latest-note';
import { StatusBasis } from '../../components/status-basis';

const SLIDES = ['cover', 'summary', 'functions', 'behind', 'indicators', 'changes'] as const;
type SlideKey = (typeof SLIDES)[number];

function Slide({ k, b, rem, theme }: { k: SlideKey; b: Briefing; rem: number; theme: Theme }) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const { assessment, data, lang, summary, comparison, unitName } = b;
  const palette = PALETTES[theme];
  const bars = useIndicatorBars({ assessment: assessment!, data: data!, palette, lang, scale: rem / 11 });
  if (!assessment || !data) return null;
  const missing = (r: 'tasks' | 'indicators') =>
    causeSentence(
      b.state.resources.find((x) => x.resource === r)!,
      tc,
    ) ?? tc('health.causeMissing', { resource: tc(`health.resource.${r}`) });
  switch (k) {
    case 'cover':
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
    case 'summary':
      return (
        <div className="slide">
          <h1>{t('summary')}</h1>
          <CauseBox resources={b.state.resources} testId="present-warning" />
          <div className="slide-summary">
            {summary
              .filter((p) => p.key !== 'changes')
              .map((p) => (
                <p key={p.key}>{p.text}</p>
              ))}
          </div>
        </div>
      );
    case 'functions':
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
    case 'behind': {
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
    case 'indicators':
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
                <Chart
                  option={bars}
                  label={t('chartIndicators')}
                  height="100%"
                  className="slide-chart-fill"
                />
              </div>
            </>
          )}
        </div>
      );
    case 'changes': {
      const rows = changeRows(b, lang).filter((r) => r.before !== r.after);
      return (
        <div className="slide">
          <h1>
            {comparison.compareAsOf
              ? t('changes', { date: formatDate(comparison.compareAsOf, lang) })
              : t('changesNone')}
          </h1>
          {comparison.diff ? (
            <p className="slide-lead">
              {t('changeSummary', {
                done: comparison.diff.summary.newlyDone,
                behind: comparison.diff.summary.newlyBehind,
                improved: comparison.diff.summary.improved,
                worsened: comparison.diff.summary.worsened,
                milestones: comparison.diff.summary.milestonesAchieved,
              })}
            </p>
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
  }
}

/** 演示: the briefing as full-screen slides on the 1920×1080 stage; the slide number lives in the URL. */
export function PresentPage() {
  const { t } = useTranslation('briefing');
  const b = useBriefing();
  const navigate = useNavigate();
  const search = useSharedSearch();
  const [slideParam, setSlideParam] = useSearchParam('slide');
  const theme = useTheme();
  const stage = useStage('fit');
  useStageRoot(stage.rem);
  const index = clampSlide(slideParam, SLIDES.length);
  const go = useCallback((i: number) => setSlideParam(i === 0 ? null : String(i + 1)), [setSlideParam]);
  const exit = useCallback(() => navigate({ pathname: '/briefing', search }), [navigate, search]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        exit();
        return;
      }
      if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      const next = slideForKey(e.key, index, SLIDES.length);
      if (next === null) return;
      e.preventDefault();
      if (next !== index) go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, go, exit]);

  const key = SLIDES[index] ?? 'cover';
  const ready = Boolean(b.assessment && b.data);
  const label = useMemo(() => t('slides.counter', { n: index + 1, total: SLIDES.length }), [t, index]);

  return (
    <div className="present-backdrop" data-theme={theme} data-testid="present">
      <div
        className="present-stage"
        style={{ left: stage.left, top: stage.top, width: stage.width, height: stage.height }}
        data-slide={key}
      >
        <main className="present-main" aria-roledescription={t('slides.label')} aria-label={label}>
          {ready ? (
            <Slide key={key} k={key} b={b} rem={stage.rem} theme={theme} />
          ) : (
            <div className="slide slide-muted">…</div>
          )}
        </main>
        <footer className="present-foot">
          <button type="button" onClick={exit} className="present-exit" data-testid="present-exit">
            ✕ {t('slides.exit')}
          </button>
          <span className="present-help">{t('slides.help')}</span>
          <span className="present-date">{b.assessment ? formatDate(b.assessment.asOf, b.lang) : ''}</span>
          <button
            type="button"
            onClick={() => go(Math.max(0, index - 1))}
            aria-label="←"
            disabled={index === 0}
          >
            ←
          </button>
          <span className="present-counter num" data-testid="slide-counter">
            {label}
          </span>
          <button
            type="button"
            onClick={() => go(Math.min(SLIDES.length - 1, index + 1))}
            aria-label="→"
            disabled={index === SLIDES.length - 1}
          >
            →
          </button>
        </footer>
      </div>
    </div>
  );
}
