import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { PlanPage } from '../../components/plan-page';
import { FUNCTION_CODES } from '../../domain/codes';
import { useSharedSearch } from '../../lib/url-state';
import { FunctionSwitcher } from './function-switcher';
import { FunctionView } from './function-view';
import './functions.css';
import './messages';
import { parseFunctionParam } from './select-function';

export function FunctionsPage() {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const { code: codeParam } = useParams();
  const code = parseFunctionParam(codeParam);
  const title = code && code !== 'unknown' ? `${t('title')} · ${tc(`fn.${code}`)}` : t('title');
  return (
    <PlanPage
      needs={['tasks', 'indicators']}
      title={title}
      testId="functions"
      actions={<FunctionSwitcher current={code} />}
    >
      {(assessment, data) =>
        code === 'unknown' ? (
          <UnknownFunction code={codeParam ?? ''} />
        ) : code ? (
          <div className="fn-single">
            <FunctionView code={code} assessment={assessment} data={data} mode="large" />
          </div>
        ) : (
          <div className="fn-columns">
            {FUNCTION_CODES.map((c) => (
              <FunctionView key={c} code={c} assessment={assessment} data={data} mode="compact" />
            ))}
          </div>
        )
      }
    </PlanPage>
  );
}

function UnknownFunction({ code }: { code: string }) {
  const { t } = useTranslation('functions');
  const search = useSharedSearch();
  return (
    <section className="panel fn-unknown" data-testid="function-not-found">
      <h2>{t('unknown', { code })}</h2>
      <p>{t('unknownHint')}</p>
      <Link className="btn ghost" to={{ pathname: '/functions', search }}>
        ← {t('back')}
      </Link>
    </section>
  );
}
