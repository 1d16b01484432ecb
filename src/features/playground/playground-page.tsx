import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { OptionalSelect } from '../../components/optional-select';
import { bodyText, fetchText } from '../../data/api-client';
import type { AppConfig } from '../../data/config';
import { useConfig } from '../../data/config-context';
import { prepareRequests, requestTarget } from '../../data/requests';
import { RESOURCES, type ResourceName } from '../../domain/codes';
import { downloadBlob } from '../../lib/download';
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
  tidyJson,
} from './playground-model';
import { MappingPanel, ModeChips } from './mapping-panel';
import { ResultView } from './result-view';
import { SamplesPanel } from './samples-panel';
import { hasContent, useMappingRun } from './use-mapping-run';

const asResource = (v: string | null): ResourceName =>
  (RESOURCES as readonly string[]).includes(v ?? '') ? (v as ResourceName) : 'tasks';
const asExample = (v: string | null): ExampleName | null =>
  (EXAMPLE_NAMES as readonly string[]).includes(v ?? '') ? (v as ExampleName) : null;

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
          <OptionalSelect
            value={example}
            onChange={setExample}
            noneLabel={t('exampleNone')}
            testId="playground-example"
          >
            {EXAMPLE_NAMES.map((n) => (
              <option key={n} value={n}>
                {t(`exampleName.${n}`)}
              </option>
            ))}
          </OptionalSelect>
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

/** The answers of the configured requests, fetched from the browser (a file's bytes stay bytes). */
function useFetchSamples(
  source: AppConfig,
  resource: ResourceName,
  asOf: string | null,
  setSamples: (f: (prev: Sample[]) => Sample[]) => void,
) {
  const [fetchState, setFetchState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const fetchSamples = async () => {
    setFetchState({ busy: true, error: null });
    try {
      const requests = prepareRequests(source, resource, asOf);
      const texts = await Promise.all(
        requests.map((r) =>
          fetchText({
            resource,
            ...requestTarget(r),
            timeoutMs: source.api.timeoutMs,
          }),
        ),
      );
      setSamples((prev) =>
        samplesFor(source, resource, prev).map((s) => {
          const i = requests.findIndex((r) => r.name === s.name);
          return i >= 0 ? { name: s.name, text: tidyJson(bodyText(texts[i]!)) } : s;
        }),
      );
      setFetchState({ busy: false, error: null });
    } catch (e) {
      setFetchState({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return { fetchState, fetchSamples };
}

function Editor({ source, resource, autoFetch }: EditorProps) {
  const { t } = useTranslation('playground');
  const lang = useLang();
  const [asOf] = useAsOfParam();
  const [editor, setEditor] = useState<EditorState>(() =>
    editorFromMapping(source.resources[resource]?.mapping),
  );
  const [samples, setSamples] = useState<Sample[]>(() => samplesFor(source, resource));
  const { fetchState, fetchSamples } = useFetchSamples(source, resource, asOf, setSamples);
  const parsed = useMemo(() => mappingFromEditor(editor), [editor]);

  const fetchOnce = useRef(false);
  useEffect(() => {
    if (!autoFetch || fetchOnce.current) return;
    fetchOnce.current = true;
    void fetchSamples();
    // Only when the editor opens; later fetches are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const ready = parsed.ok && hasContent(samples.find((s) => s.name === 'main'));
  const run = useMappingRun({ mapping: parsed.ok ? parsed.mapping : null, samples, source, resource, asOf });

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

  return (
    <>
      <div className="filter-bar pg-controls">
        <ModeChips mode={editor.mode} setMode={setMode} />
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
        <SamplesPanel samples={samples} setSamples={setSamples} source={source} resource={resource} />
        <MappingPanel editor={editor} setEditor={setEditor} error={parsed.ok ? null : parsed.error} />
        <Panel title={t('result')} testId="playground-result" className="pg-result-panel">
          <ResultView run={ready ? run : { state: 'idle' }} resource={resource} lang={lang} />
        </Panel>
      </div>
    </>
  );
}
