import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { PageFrame } from '../../components/page-frame';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import { FUNCTION_CODES } from '../../domain/codes';
import { useAsOfParam, useSharedSearch } from '../../lib/url-state';
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
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const title = code && code !== 'unknown' ? `${t('title')} · ${tc(`fn.${code}`)}` : t('title');
  return (
    <PageFrame
      needs={['tasks', 'indicators']}
      title={title}
      testId="functions"
      state={state}
      requestedAsOf={asOfParam}
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
    </PageFrame>
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
