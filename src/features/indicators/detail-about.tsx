import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { Panel } from '../../components/panel';
import type { IndicatorAssessment, PlanData } from '../../domain/metrics';
import type { Indicator } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { nameIn, textIn } from '../../lib/names';
import './messages';

interface Props {
  ind: Indicator;
  a: IndicatorAssessment;
  tasks: PlanData['tasks'];
  /** The shared report dates, carried by the links to the function and the task. */
  search: string;
  lang: Lang;
}

/** What the indicator is: its kind, direction, functions, task, source and the target's note. */
export function DetailAbout({ ind, a, tasks, search, lang }: Props) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const task = ind.taskId ? tasks.find((x) => x.id === ind.taskId) : undefined;
  return (
    <Panel title={t('detail.about')} testId="indicator-about">
      <dl className="ind-about">
        <dt>{t('detail.kind')}</dt>
        <dd data-testid="indicator-kind">{t(`kind.${ind.kind}`)}</dd>
        <dt>{t('detail.direction')}</dt>
        <dd data-testid="indicator-direction">{t(`direction.${ind.direction}`)}</dd>
        <dt>{t('detail.functions')}</dt>
        <dd className="ind-fns">
          {ind.functions.map((f) => (
            <Link key={f} className="link ind-fn-link" to={{ pathname: `/functions/${f}`, search }}>
              <span className={`fn-tag fn-${f}`} aria-hidden="true">
                {f}
              </span>
              {tc(`fn.${f}`)}
            </Link>
          ))}
        </dd>
        {ind.taskId ? (
          <>
            <dt>{t('detail.task')}</dt>
            <dd>
              <Link className="link" to={{ pathname: `/tasks/${ind.taskId}`, search }}>
                {task ? `${ind.taskId} ${nameIn(task, lang)}` : ind.taskId}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('detail.source')}</dt>
        <dd data-testid="indicator-source">
          {ind.source ? textIn(ind.source, ind.sourceEn, lang) : t('detail.noSource')}
        </dd>
        {a.target?.note ? (
          <>
            <dt>{t('detail.note')}</dt>
            <dd className="ind-note">{textIn(a.target.note, a.target.noteEn, lang)}</dd>
          </>
        ) : null}
      </dl>
    </Panel>
  );
}
