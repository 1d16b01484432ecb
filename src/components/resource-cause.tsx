import { useTranslation } from '../lib/i18n';
import { droppedRows } from '../data/health-summary';
import { availabilityOfState, type ResourceState } from '../data/use-plan-data';
import type { ResourceName } from '../domain/codes';
import { formatClock } from '../lib/format';

type T = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A plain sentence for a leader on why a resource's figures are not current: "任务数据未能更新，显示 14:05
 * 的数据", "任务数据不可用", or null when its data is current. Never the HTTP or parser text: that stays
 * on /data-health and behind a disclosure.
 */
export function causeSentence(r: ResourceState, t: T): string | null {
  const resource = t(`health.resource.${r.resource}`);
  switch (availabilityOfState(r)) {
    case 'fresh':
      return null;
    case 'stale':
      return t('health.causeStale', { resource, time: formatClock(r.updatedAt) });
    case 'missing':
      return r.error ? t('health.causeMissing', { resource }) : null;
    case 'notProvided':
      return t('health.causeNotProvided', { resource });
  }
}

/** Every sentence a view must carry: failing resources, then rows dropped by validation. */
export function causeSentences(
  resources: readonly ResourceState[],
  t: T,
  only?: readonly ResourceName[],
): { resource: ResourceName; kind: 'failed' | 'notProvided' | 'dropped'; text: string }[] {
  const used = only ? resources.filter((r) => only.includes(r.resource)) : resources;
  const failed = used.flatMap((r) => {
    const text = causeSentence(r, t);
    if (text === null) return [];
    return [
      { resource: r.resource, kind: r.status === 'notProvided' ? 'notProvided' : 'failed', text },
    ] as const;
  });
  const dropped = droppedRows(used).map((d) => ({
    resource: d.resource,
    kind: 'dropped' as const,
    text: t('health.causeDropped', {
      resource: t(`health.resource.${d.resource}`),
      received: d.received,
      dropped: d.dropped,
    }),
  }));
  return [...failed, ...dropped];
}

/** "—" with the cause beside it, for a figure whose data is missing. */
export function Unavailable({ cause, className }: { cause: string; className?: string }) {
  return (
    <span className={`unavailable ${className ?? ''}`} data-testid="unavailable">
      <span className="num" aria-hidden="true">
        —
      </span>{' '}
      <span className="unavailable-cause">{cause}</span>
    </span>
  );
}

/** The missing cause of one resource for a "—", or the generic "data unavailable". */
export function useMissingCause(resources: readonly ResourceState[], resource: ResourceName): string {
  const { t } = useTranslation();
  const r = resources.find((x) => x.resource === resource);
  return (
    (r && causeSentence(r, t)) ?? t('health.causeMissing', { resource: t(`health.resource.${resource}`) })
  );
}

/** The causes of a view as a warning box: one plain line each; the technical detail behind a disclosure. */
export function CauseBox({
  resources,
  only,
  testId = 'cause-box',
}: {
  resources: readonly ResourceState[];
  only?: readonly ResourceName[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const causes = causeSentences(resources, t, only);
  if (causes.length === 0) return null;
  const quiet = causes.every((c) => c.kind === 'notProvided');
  const details = resources.filter((r) => r.error && (!only || only.includes(r.resource)));
  return (
    <div
      className={`cause-box ${quiet ? 'quiet' : 'warn'}`}
      role={quiet ? 'note' : 'alert'}
      data-testid={testId}
    >
      <ul>
        {causes.map((c) => (
          <li
            key={`${c.kind}-${c.resource}`}
            className={`cause-${c.kind}`}
            data-testid={`cause-${c.resource}`}
          >
            {c.kind === 'notProvided' ? null : <span aria-hidden="true">⚠ </span>}
            {c.text}
          </li>
        ))}
      </ul>
      {details.length > 0 ? (
        <details className="cause-detail no-print">
          <summary>{t('health.technical')}</summary>
          <ul>
            {details.map((r) => (
              <li key={r.resource}>{r.error?.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
