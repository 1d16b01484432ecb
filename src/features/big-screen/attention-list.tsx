import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { selectAttention } from './select-screen-data';
import { BsMissing } from './bs-panel';
import type { ScreenProps } from './screen-props';
import { LatestNote } from '../../components/latest-note';
import { StatusBasis } from '../../components/status-basis';

/** Seconds per item: slow enough to read from across a hall. */
const SECONDS_PER_ITEM = 4;

/**
 * Lagging, overdue and watch tasks with their lead units. When the list is taller than its box it scrolls
 * gently by a CSS animation over a doubled list (compositor only, no script per frame); it stops on hover
 * and for people who ask for reduced motion.
 */
export function AttentionList({
  assessment,
  lang,
  unitName,
  causes,
  showNotes = false,
}: ScreenProps & { showNotes?: boolean }) {
  const { t } = useTranslation('bigScreen');
  const items = selectAttention(assessment.tasks);
  const boxRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const list = listRef.current;
    if (!box || !list) return;
    const measure = () => setOverflows(list.scrollHeight > box.clientHeight + 2);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    ro.observe(list);
    return () => ro.disconnect();
  }, [items.length]);

  // "Nothing lagging" only from tasks that arrived.
  if (assessment.overall === null) return <BsMissing cause={causes.tasks} />;
  if (items.length === 0) return <p className="bs-empty">{t('noAttention')}</p>;

  const render = (copy: number) =>
    items.map(({ task, a }) => (
      <li
        key={`${copy}-${task.id}`}
        className="bs-attn-item"
        data-testid={copy === 0 ? 'bs-attention-item' : undefined}
        aria-hidden={copy > 0 ? true : undefined}
      >
        <div className="bs-attn-head">
          <StatusBadge status={a.status} manual={Boolean(a.manual)} />
          <span className="bs-attn-name">
            <span className="num bs-attn-no">{task.order}</span> {nameIn(task, lang)}
          </span>
        </div>
        <div className="bs-attn-facts">
          <span>
            {t('lead')} <strong>{unitName(task.leadUnitId)}</strong>
          </span>
          <span className="num">
            {formatPercent(a.progress)} <span className="bs-muted">/ {t('timeProgress')}</span>{' '}
            {formatPercent(a.timeProgress)}
          </span>
        </div>
        <StatusBasis a={a} className="bs-attn-basis" />
        {showNotes ? <LatestNote point={a.latestNote} lang={lang} className="bs-attn-note" /> : null}
      </li>
    ));

  return (
    <div className="bs-attn-box" ref={boxRef}>
      <ol
        ref={listRef}
        className={overflows ? 'bs-attn-list scrolling' : 'bs-attn-list'}
        style={
          overflows
            ? ({ '--scroll-duration': `${items.length * SECONDS_PER_ITEM}s` } as React.CSSProperties)
            : undefined
        }
      >
        {render(0)}
        {overflows ? render(1) : null}
      </ol>
    </div>
  );
}
