import { useTranslation } from '../../lib/i18n';
import { STATUS_GLYPH } from '../../components/status-badge';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { BsMissing } from './bs-panel';
import { buildStatusMatrix } from './select-screen-data';
import type { ScreenProps } from './screen-props';

/** The first clause of an aspect's name ("依托高校院所"), the plan's own way of naming it in short. */
export function aspectShortName(name: string): string {
  const head = name.split(/[，,：:；;]/)[0]?.trim() ?? '';
  return head.length > 0 && head.length < name.length ? head : name;
}

/**
 * A row of more tasks than this shows the plan's numbers and glyphs only: at 20 px a name cut to fit could
 * read like its neighbour's, and the tasks screen has every name in full.
 */
const NAMED_CELLS = 3;

/**
 * 4 aspects × 15 tasks: every cell carries its number, glyph and word, never colour alone; full names
 * wrapped where the row has room, never cut.
 */
export function StatusMatrix({ assessment, data, lang, causes }: ScreenProps) {
  const tc = useTranslation().t;
  if (assessment.overall === null) return <BsMissing cause={causes.tasks} />;
  const rows = buildStatusMatrix(data.plan, assessment.tasks);
  return (
    <div className="bs-matrix" data-testid="bs-matrix">
      {rows.map((row) => (
        <div
          key={row.aspect.id}
          className={`bs-matrix-row${row.cells.length > NAMED_CELLS ? ' numbers-only' : ''}`}
        >
          <div className="bs-matrix-aspect" title={nameIn(row.aspect, lang)}>
            <span className="bs-matrix-no num-ring num">{row.aspect.order}</span>
            <span>{aspectShortName(nameIn(row.aspect, lang))}</span>
          </div>
          <ol className="bs-matrix-cells">
            {row.cells.map((c) => (
              <li
                key={c.taskId}
                className={`bs-cell status-${c.status}`}
                data-testid={`bs-cell-${c.taskId}`}
                data-status={c.status}
                title={`${c.order} ${nameIn({ name: c.name, nameEn: c.nameEn }, lang)} · ${tc(`status.${c.status}`)} · ${formatPercent(c.progress)}`}
              >
                <span className="bs-cell-no num">{c.order}</span>
                <span className="bs-cell-name">{nameIn({ name: c.name, nameEn: c.nameEn }, lang)}</span>
                <span className="bs-cell-status">
                  <span className="status-glyph" aria-hidden="true">
                    {STATUS_GLYPH[c.status]}
                  </span>
                  <span className="bs-cell-word">{tc(`status.${c.status}`)}</span>{' '}
                  <span className="num">{formatPercent(c.progress)}</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
