import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { useRotation } from './use-rotation';
import { toggleFullscreen } from './use-wall-input';

type Send = ReturnType<typeof useRotation>['send'];

/** Previous, pause, next, full screen and the way out: off in kiosk mode. */
export function WallControls({
  send,
  rotating,
  paused,
  shared,
}: {
  send: Send;
  rotating: boolean;
  paused: boolean;
  shared: string;
}) {
  const { t } = useTranslation('bigScreen');
  return (
    <div className="bs-controls" aria-label={t('controls.label')} title={t('controls.help')} role="toolbar">
      <button
        type="button"
        onClick={() => send({ type: 'prev' })}
        aria-label={t('controls.prev')}
        data-testid="bs-prev"
      >
        ←
      </button>
      {rotating ? (
        <button
          type="button"
          onClick={() => send({ type: 'togglePause' })}
          aria-label={paused ? t('controls.resume') : t('controls.pause')}
          data-testid="bs-pause"
        >
          {paused ? '▶' : '❚❚'}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => send({ type: 'next' })}
        aria-label={t('controls.next')}
        data-testid="bs-next"
      >
        →
      </button>
      <button type="button" onClick={toggleFullscreen} aria-label={t('controls.fullscreen')}>
        {t('controls.fullscreen')}
      </button>
      <Link to={{ pathname: '/', search: shared }} className="bs-controls-exit">
        {t('controls.exit')}
      </Link>
    </div>
  );
}
