import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { useRotation } from './use-rotation';
import { toggleFullscreen } from './use-wall-input';

type Send = ReturnType<typeof useRotation>['send'];

const STEP_GLYPH = { prev: '←', next: '→' } as const;

/** One screen back or on. */
function StepButton({ step, send }: { step: keyof typeof STEP_GLYPH; send: Send }) {
  const { t } = useTranslation('bigScreen');
  return (
    <button
      type="button"
      onClick={() => send({ type: step })}
      aria-label={t(`controls.${step}`)}
      data-testid={`bs-${step}`}
    >
      {STEP_GLYPH[step]}
    </button>
  );
}

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
    <div
      className="bs-controls outline-controls"
      aria-label={t('controls.label')}
      title={t('controls.help')}
      role="toolbar"
    >
      <StepButton step="prev" send={send} />
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
      <StepButton step="next" send={send} />
      <button type="button" onClick={toggleFullscreen} aria-label={t('controls.fullscreen')}>
        {t('controls.fullscreen')}
      </button>
      <Link to={{ pathname: '/', search: shared }} className="bs-controls-exit">
        {t('controls.exit')}
      </Link>
    </div>
  );
}
