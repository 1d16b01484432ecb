import { useId, useState, type Dispatch, type DragEvent, type SetStateAction } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import type { AppConfig } from '../../data/config';
import type { ResourceName } from '../../domain/codes';
import { configuredSheet, readDropped } from './dropped-file';
import { tidyJson, type Sample } from './playground-model';

interface Props {
  samples: Sample[];
  setSamples: Dispatch<SetStateAction<Sample[]>>;
  source: AppConfig;
  resource: ResourceName;
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

/** The sample answers, one per request: pasted or fetched text, or a file dropped or picked. */
export function SamplesPanel({ samples, setSamples, source, resource }: Props) {
  const { t } = useTranslation('playground');
  const ids = useId();
  const [newName, setNewName] = useState('');
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
  const update = (name: string, patch: Partial<Sample>) =>
    setSamples((prev) => prev.map((x) => (x.name === name ? { ...x, ...patch } : x)));

  return (
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
          <FileDrop
            sample={s}
            onText={(text) => update(s.name, { text: tidyJson(text), file: undefined })}
            onFile={(file) => update(s.name, { file })}
            sheetName={configuredSheet(source, resource, s.name).name ?? ''}
            source={source}
          />
          {s.file ? (
            <div className="pg-file" data-testid={`sample-file-${s.name}`}>
              <span>{t('fileLoaded', { name: s.file.fileName, size: kb(s.file.size) })}</span>
              <label>
                <span>{t('sheetName')}</span>
                <input
                  type="text"
                  value={s.file.sheetName}
                  placeholder={t('sheetFirst')}
                  onChange={(e) => update(s.name, { file: { ...s.file!, sheetName: e.target.value } })}
                  data-testid={`sample-sheet-${s.name}`}
                />
              </label>
              <button
                type="button"
                className="btn ghost small"
                onClick={() => update(s.name, { file: undefined })}
              >
                {t('removeFile')}
              </button>
            </div>
          ) : (
            <textarea
              id={`${ids}-sample-${s.name}`}
              className="pg-code"
              rows={s.name === 'main' ? 14 : 8}
              spellCheck={false}
              wrap="off"
              placeholder={t('samplePlaceholder')}
              value={s.text}
              onChange={(e) => update(s.name, { text: e.target.value })}
              data-testid={`sample-${s.name}`}
            />
          )}
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
  );
}

interface DropProps {
  sample: Sample;
  source: AppConfig;
  sheetName: string;
  onText: (text: string) => void;
  onFile: (file: NonNullable<Sample['file']>) => void;
}

/** A drop zone with a file picker beside it, for keyboards and phones. */
function FileDrop({ sample, source, sheetName, onText, onFile }: DropProps) {
  const { t } = useTranslation('playground');
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    const got = await readDropped(file, source, sheetName);
    if (got.kind === 'refused') {
      setRefused(
        got.reason === 'size'
          ? t('fileTooLarge', {
              name: file.name,
              size: (got.size / 1024 / 1024).toFixed(1),
              limit: got.limitMB,
            })
          : t('fileKind', { name: file.name }),
      );
      return;
    }
    setRefused(null);
    if (got.kind === 'text') onText(got.text);
    else onFile(got.file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  return (
    <>
      <div
        className="pg-drop"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid={`sample-drop-${sample.name}`}
      >
        <span>{t('dropHere')}</span>
        <label className="btn ghost small pg-pick">
          {t('chooseFile')}
          <input
            type="file"
            className="sr-only"
            accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              void take(e.target.files?.[0]);
              e.target.value = '';
            }}
            data-testid={`sample-pick-${sample.name}`}
          />
        </label>
      </div>
      {refused ? (
        <p className="notice error" role="alert" data-testid={`sample-refused-${sample.name}`}>
          {refused}
        </p>
      ) : null}
    </>
  );
}
