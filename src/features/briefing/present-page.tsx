import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useNavigate } from '../../lib/router';
import { formatDate } from '../../lib/format';
import { useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useStage, useStageRoot } from '../../stores/stage-store';
import { useTheme } from '../../stores/ui-store';
import './messages';
import './present.css';
import { Slide, SLIDES } from './present-slides';
import { clampSlide, slideForKey } from './slides';
import { useBriefing } from './use-briefing';

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
        <footer className="present-foot outline-controls">
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
