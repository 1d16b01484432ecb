import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import { valueWithUnit } from './build-targets-option';
import { areaOrdinal, type AreaGroup, type ProgrammeItem } from './select-programme';
import { TimelinessTag } from './timeliness-tag';
import './messages';

interface Props {
  groups: readonly AreaGroup[];
  /** While filtering, areas with nothing left are left out. */
  filtering: boolean;
  asOf: string;
  year: number;
  unitName: (id: string | undefined) => string;
}

/** The programme's areas, each with its items as cards. */
export function AreaPanels({ groups, filtering, asOf, year, unitName }: Props) {
  const lang = useLang();
  return (
    <div className="area-grid">
      {groups
        .filter((g) => g.items.length > 0 || !filtering)
        .map((g) => (
          <Panel
            key={g.area.id}
            title={`${areaOrdinal(g.area.order, lang)}${nameIn(g.area, lang)}`}
            testId={`area-${g.area.id}`}
            className="area-panel"
          >
            <div data-testid="area" data-area-id={g.area.id}>
              <StatusBar counts={g.counts} noData={g.noData} />
              <ol className="item-list">
                {g.items.map((x) => (
                  <WorkItem key={x.item.id} x={x} asOf={asOf} year={year} unitName={unitName} lang={lang} />
                ))}
              </ol>
            </div>
          </Panel>
        ))}
    </div>
  );
}

type ItemProps = Omit<Props, 'groups' | 'filtering'> & { x: ProgrammeItem; lang: Lang };

function WorkItem({ x, asOf, year, unitName, lang }: ItemProps) {
  const { t } = useTranslation('programme');
  return (
    <li data-testid="work-item" data-item-id={x.item.id}>
      <div className="item-head">
        <span className="num item-no">{x.no}</span>
        <span className="item-name">{nameIn(x.item, lang)}</span>
        <StatusBadge status={x.status} manual={Boolean(x.a?.manual)} />
      </div>
      <div className="item-meter" aria-hidden="true">
        <span className="meter">
          <span
            className="meter-fill"
            style={{ width: `${Math.round(Math.min(1, x.progress ?? 0) * 100)}%` }}
          />
          {x.a ? (
            <span className="meter-mark" style={{ left: `${Math.round(x.a.timeProgress * 100)}%` }} />
          ) : null}
        </span>
        <span className="num item-pct">{formatPercent(x.progress)}</span>
      </div>
      <div className="item-facts">
        <span>
          {t('lead')} <strong>{unitName(x.item.leadUnitId)}</strong>
        </span>
        <span>
          {t('due')} {formatDate(x.item.due, lang)}
        </span>
        <TimelinessTag x={x} asOf={asOf} />
        {x.atYearEnd ? <span className="year-end-tag">{t('evaluatedNoteShort', { year })}</span> : null}
      </div>
      {x.item.kind === 'indicator' && x.indicators.length > 0 ? (
        <ul className="item-indicators">
          {x.indicators.map((ind) => (
            <li key={ind.indicator.id}>
              <span>{nameIn(ind.indicator, lang)}</span>
              <span className="num">
                {valueWithUnit(ind.a.actual, ind.indicator, lang)} /{' '}
                {valueWithUnit(ind.a.target?.value ?? null, ind.indicator, lang)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
