import { useEffect, useState } from 'react';
import { parseKioskParams, useDailyReload } from '../stores/kiosk-store';

export interface BootWaitScreenProps {
  error: unknown;
  /** How many attempts at config.json have failed so far. */
  attempts: number;
  /** When the next attempt starts (ms since epoch); null when waiting cannot help (a refused link). */
  retryAt: number | null;
  onRetryNow?: () => void;
}

function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * What a screen shows until config.json can be read: after a power cut the screen often boots before the
 * web server or its proxy, so this is a wait, not an end. Shown before i18n and the router exist, so it
 * is bilingual by hand; the daily reload (`?reloadAt=`) runs from here too.
 */
export function BootWaitScreen({ error, attempts, retryAt, onRetryNow }: BootWaitScreenProps) {
  const message = error instanceof Error ? error.message : String(error);
  const seconds = useSecondsUntil(retryAt);
  useDailyReload(parseKioskParams(new URLSearchParams(window.location.search)).reloadAt);
  return (
    <div className="config-error" role="alert" data-testid="boot-wait">
      <h1>
        {retryAt === null
          ? '配置文件无法使用 · The configuration cannot be used'
          : '正在等待配置文件 config.json · Waiting for the configuration (config.json)'}
      </h1>
      <p>
        <code>{message}</code>
      </p>
      {retryAt === null ? (
        <p>
          请检查链接中的 config 参数或部署目录中的 config.json（见 docs/connect-your-api.md）。Check the
          link&apos;s config parameter or config.json in the deployed folder.
        </p>
      ) : (
        <>
          <p data-testid="boot-wait-retry">
            已尝试 {attempts} 次，{seconds} 秒后重试 · {attempts} {attempts === 1 ? 'attempt' : 'attempts'}{' '}
            failed, retrying in {seconds} s
          </p>
          <p>
            数据将在配置可读后自动显示，无需刷新页面。The dashboard starts by itself once config.json can be
            read.
          </p>
          {onRetryNow ? (
            <button type="button" className="btn" onClick={onRetryNow}>
              立即重试 · Retry now
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
