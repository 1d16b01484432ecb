import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { bodyText, fetchText } from '../../data/api-client';
import type { AppConfig } from '../../data/config';
import { useConfig } from '../../data/config-context';
import type { MapJob, MappedResult } from '../../data/mapping/map-resource';
import { defaultRunner } from '../../data/mapping/runner';
import { beijingToday, prepareRequests } from '../../data/requests';
import type { RowIssue } from '../../data/validation-report';
import { RESOURCES, type ResourceName } from '../../domain/codes';
import { downloadBlob } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { useAsOfParam, useSearchParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import './messages';
import './playground.css';
import {
  editorFromMapping,
  EXAMPLE_NAMES,
  exampleConfig,
  mappingFromEditor,
  samplesFor,
  configWithMapping,
  type EditorMode,
  type EditorState,
  type ExampleName,
  type Sample,
} from './playground-model';

const PREVIEW_ROWS = 20;
const DEBOUNCE_MS = 350;

const asResource = (v: string | null): ResourceName =>
  (RESOURCES as readonly string[]).includes(v ?? '') ? (v as ResourceName) : 'tasks';
const asExample = (v: string | null): ExampleName | null =>
  (EXAMPLE_NAMES as readonly string[]).includes(v ?? '') ? (v as ExampleName) : null;

/** Big responses are shown as they came: re-indenting megabytes would stall the page. */
function tidyJson(text: string): string {
  if (text.length > 2_000_000) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function PlaygroundPage() {
  const { t } = useTranslation('playground');
  const { t: tc } = useTranslation();
  const config = useConfig();
  const [resourceRaw, setResource] = useSearchParam('resource');
  const [exampleRaw, setExample] = useSearchParam('example');
  const resource = asResource(resourceRaw);
  const example = asExample(exampleRaw);
  const source = useMemo(
    () => (example ? exampleConfig(example, config.mock.enabled) : config),
    [example, config],
  );

  return (
    <div className="page playground-page" data-testid="playground-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="pg-intro">{t('intro')}</p>
      <div className="filter-bar pg-controls">
        <label>
          <span>{t('resource')}</span>
          <select
            value={resource}
            onChange={(e) => setResource(e.target.value)}
            data-testid="playground-resource"
          >
            {RESOURCES.map((r) => (
              <option key={r} value={r}>
                {tc(`health.resource.${r}`)} ({r})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('example')}</span>
          <select
            value={example ?? ''}
            onChange={(e) => setExample(e.target.value || null)}
            data-testid="playground-example"
          >
            <option value="">{t('exampleNone')}</option>
            {EXAMPLE_NAMES.map((n) => (
              <option key={n} value={n}>
                {t(`exampleName.${n}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* A new resource or example starts a fresh editor: its state is built from that source's mapping. */}
      <Editor
        key={`${resource}|${example ?? ''}`}
        source={source}
        resource={resource}
        autoFetch={example !== null || config.mock.enabled}
      />
    </div>
  );
}

interface EditorProps {
  source: AppConfig;
  resource: ResourceName;
  autoFetch: boolean;
}

type Run =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: MappedResult }
  | { state: 'error'; message: string };

function Editor({ source, resource, autoFetch }: EditorProps) {
  const { t } = useTranslation('playground');
  const lang = useLang();
  const [asOf] = useAsOfParam();
  const [editor, setEditor] = useState<EditorState>(() =>
    editorFromMapping(source.resources[resource]?.mapping),
  );
  const [samples, setSamples] = useState<Sample[]>(() => samplesFor(source, resource));
  const [fetchState, setFetchState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [newName, setNewName] = useState('');
  const runId = useRef(0);
  const ids = useId();

  const parsed = useMemo(() => mappingFromEditor(editor), [editor]);

  const fetchSamples = async () => {
    setFetchState({ busy: true, error: null });
    try {
      const requests = prepareRequests(source, resource, asOf);
      const texts = await Promise.all(
        requests.map((r) =>
          fetchText({
            resource,
            url: r.url,
            headers: r.headers,
            method: r.method,
            body: r.body,
            shownUrl: r.shownUrl,
            timeoutMs: source.api.timeoutMs,
          }),
        ),
      );
      setSamples((prev) => {
        const next = samplesFor(source, resource, prev);
        return next.map((s) => {
          const i = requests.findIndex((r) => r.name === s.name);
          return i >= 0 ? { ...s, text: tidyJson(bodyText(texts[i]!)) } : s;
        });
      });
      setFetchState({ busy: false, error: null });
    } catch (e) {
      setFetchState({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };

  const fetchOnce = useRef(false);
  useEffect(() => {
    if (!autoFetch || fetchOnce.current) return;
    fetchOnce.current = true;
    void fetchSamples();
    // Only when the editor opens; later fetches are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const ready = parsed.ok && (samples.find((s) => s.name === 'main')?.text.trim() ?? '') !== '';

  // Re-map shortly after the last keystroke, in the mapping worker; stale answers are dropped.
  useEffect(() => {
    if (!parsed.ok || !ready) return;
    const id = ++runId.current;
    const timer = setTimeout(() => {
      setRun({ state: 'running' });
      const job: MapJob = {
        resource,
        mapping: parsed.mapping,
        responses: samples
          .filter((s) => s.name === 'main' || s.text.trim() !== '')
          .map((s) => ({
            name: s.name,
            text: s.text,
            status: 200,
            contentType: 'application/json',
            shownUrl: s.name === 'main' ? '(sample)' : `(sample ${s.name})`,
          })),
        requestedAsOf: asOf,
        today: beijingToday(),
        defaultSource: 'sample',
        receivedAt: Date.now(),
        preview: PREVIEW_ROWS,
      };
      defaultRunner()
        .run(job)
        .then(
          (result) => id === runId.current && setRun({ state: 'done', result }),
          (e: unknown) =>
            id === runId.current &&
            setRun({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [parsed, ready, samples, resource, asOf]);

  const download = () => {
    if (!parsed.ok) return;
    downloadBlob(
      'config.json',
      new Blob([configWithMapping(source, resource, parsed.input)], { type: 'application/json' }),
    );
  };

  const setMode = (mode: EditorMode) => {
    if (mode === editor.mode) return;
    setEditor(editorFromMapping(undefined, mode));
  };

  const addSample = () => {
    const name = newName.trim();
    if (
      !/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(name) ||
      name === 'main' ||
      samples.some((s) => s.name === name)
    )
      return;
    setSamples((prev) => [...prev, { name, text: '' }]);
    setNewName('');
  };

  return (
    <>
      <div className="filter-bar pg-controls">
        <span className="pg-label" id={`${ids}-mode`}>
          {t('mode')}
        </span>
        <div role="group" aria-labelledby={`${ids}-mode`} className="pg-chips">
          {(['jsonata', 'fields'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="chip"
              aria-pressed={editor.mode === m}
              onClick={() => setMode(m)}
              data-testid={`playground-mode-${m}`}
            >
              {t(`modeName.${m}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn"
          onClick={() => void fetchSamples()}
          disabled={fetchState.busy}
          data-testid="playground-fetch"
        >
          {fetchState.busy ? t('fetching') : t('fetch')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={download}
          disabled={!parsed.ok}
          data-testid="playground-download"
        >
          ↓ {t('download')}
        </button>
      </div>
      {fetchState.error ? (
        <p className="notice error" role="alert" data-testid="playground-fetch-error">
          {t('fetchFailed', { message: fetchState.error })}
        </p>
      ) : null}

      <div className="pg-grid">
        <Panel title={t('samples')} testId="playground-samples">
          <p className="pg-note">{t('samplesNote', { name: 'name' })}</p>
          {samples.map((s) => (
            <div key={s.name} className="pg-field">
              <div className="pg-field-head">
                <label htmlFor={`${ids}-sample-${s.name}`}>
                  {s.name === 'main' ? t('sampleMain') : t('sampleExtra', { name: s.name })}
                </label>
                {s.name === 'main' ? null : (
                  <button
                    type="button"
                    className="btn ghost small"
                    onClick={() => setSamples((prev) => prev.filter((x) => x.name !== s.name))}
                  >
                    {t('remove')}
                  </button>
                )}
              </div>
              <textarea
                id={`${ids}-sample-${s.name}`}
                className="pg-code"
                rows={s.name === 'main' ? 14 : 8}
                spellCheck={false}
                wrap="off"
                placeholder={t('samplePlaceholder')}
                value={s.text}
                onChange={(e) => {
                  const text = e.target.value;
                  setSamples((prev) => prev.map((x) => (x.name === s.name ? { ...x, text } : x)));
                }}
                data-testid={`sample-${s.name}`}
              />
            </div>
          ))}
          <div className="pg-add">
            <label>
              <span className="sr-only">{t('requestName')}</span>
              <input
                type="text"
                value={newName}
                placeholder={t('requestName')}
                onChange={(e) => setNewName(e.target.value)}
                data-testid="playground-new-request"
              />
            </label>
            <button type="button" className="btn small" onClick={addSample}>
              + {t('addRequest')}
            </button>
          </div>
        </Panel>

        <Panel title={t('mapping')} testId="playground-mapping">
          {editor.mode === 'jsonata' ? (
            <div className="pg-field">
              <label htmlFor={`${ids}-expr`}>{t('expression')}</label>
              <textarea
                id={`${ids}-expr`}
                className="pg-code"
                rows={18}
                spellCheck={false}
                wrap="off"
                value={editor.expression}
                onChange={(e) => setEditor({ ...editor, expression: e.target.value })}
                data-testid="mapping-expression"
              />
            </div>
          ) : null}
          <div className="pg-field">
            <label htmlFor={`${ids}-settings`}>
              {editor.mode === 'jsonata' ? t('settings') : t('fieldMap')}
            </label>
            <textarea
              id={`${ids}-settings`}
              className="pg-code"
              rows={editor.mode === 'jsonata' ? 8 : 26}
              spellCheck={false}
              wrap="off"
              value={editor.settings}
              onChange={(e) => setEditor({ ...editor, settings: e.target.value })}
              data-testid="mapping-settings"
            />
          </div>
          {parsed.ok ? null : (
            <p className="notice error" role="alert" data-testid="mapping-invalid">
              {t('mappingInvalid', { message: parsed.error })}
            </p>
          )}
        </Panel>

        <Panel title={t('result')} testId="playground-result" className="pg-result-panel">
          <Result run={ready ? run : { state: 'idle' }} resource={resource} lang={lang} />
        </Panel>
      </div>
    </>
  );
}

function Result({ run, resource, lang }: { run: Run; resource: ResourceName; lang: 'zh' | 'en' }) {
  const { t } = useTranslation('playground');
  const columns: Column<RowIssue & { key: string }>[] = [
    {
      key: 'row',
      header: t('col.row'),
      render: (r) => `#${r.index + 1}`,
      sortValue: (r) => r.index + 1,
      align: 'end',
    },
    { key: 'id', header: t('col.id'), render: (r) => r.rowId ?? '—', sortValue: (r) => r.rowId },
    { key: 'field', header: t('col.field'), render: (r) => <code>{r.path}</code>, sortValue: (r) => r.path },
    { key: 'expected', header: t('col.expected'), render: (r) => r.expected, csv: (r) => r.expected },
    { key: 'got', header: t('col.got'), render: (r) => <code>{r.got}</code>, csv: (r) => r.got },
    {
      key: 'source',
      header: t('col.source'),
      render: (r) => (r.source ? <code>{r.source}</code> : '—'),
      csv: (r) => r.source ?? '',
      hideOnPhone: true,
    },
  ];
  if (run.state === 'idle') return <p className="panel-state">{t('needSample')}</p>;
  if (run.state === 'running')
    return (
      <p className="panel-state" aria-busy="true">
        {t('running')}
      </p>
    );
  if (run.state === 'error') {
    return (
      <p className="notice error" role="alert" data-testid="playground-error">
        {t('failed', { message: run.message })}
      </p>
    );
  }
  const { result } = run;
  const r = result.report;
  const asOf = formatDate(result.meta.asOf, lang);
  const preview = result.preview;
  const previewCount = Array.isArray(preview) ? preview.length : 1;
  return (
    <div className="pg-result">
      <p className="pg-summary" data-testid="playground-summary">
        {resource === 'plan'
          ? t('summaryPlan', { state: r.kept === 1 ? t('planOk') : t('planBad'), asOf, ms: result.mappingMs })
          : t('summary', {
              received: r.received,
              kept: r.kept,
              dropped: r.dropped,
              asOf,
              ms: result.mappingMs,
            })}
      </p>
      {result.assumed.includes('asOf') ? (
        <p className="pg-note warn">{t('assumed', { fields: t('assumedField.asOf') })}</p>
      ) : null}
      <h3 className="pg-subhead">{t('issues')}</h3>
      <DataTable
        rows={r.issues.map((i, k) => ({ ...i, key: String(k) }))}
        columns={columns}
        rowKey={(x) => x.key}
        caption={t('issues')}
        csvName={t('csv')}
        asOf={result.meta.asOf}
        sortParam="issueSort"
        emptyText={t('noIssues')}
        testId="playground-issues"
      />
      <h3 className="pg-subhead">{t('preview', { count: previewCount })}</h3>
      <pre className="pg-code pg-preview" data-testid="playground-preview" tabIndex={0} translate="no">
        {JSON.stringify(preview, null, 2)}
      </pre>
    </div>
  );
}
