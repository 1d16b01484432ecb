import { useId } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import type { EditorMode, EditorState } from './playground-model';

/** The mapping's two forms (JSONata or a field map) and its text boxes. */
export function ModeChips({ mode, setMode }: { mode: EditorMode; setMode: (m: EditorMode) => void }) {
  const { t } = useTranslation('playground');
  const ids = useId();
  return (
    <>
      <span className="pg-label" id={`${ids}-mode`}>
        {t('mode')}
      </span>
      <div role="group" aria-labelledby={`${ids}-mode`} className="pg-chips">
        {(['jsonata', 'fields'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="chip"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
            data-testid={`playground-mode-${m}`}
          >
            {t(`modeName.${m}`)}
          </button>
        ))}
      </div>
    </>
  );
}

interface CodeFieldProps {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (text: string) => void;
  testId: string;
}

/** A labelled box for code: no spell check and no wrapping, so a long JSONata line stays one line. */
function CodeField({ id, label, rows, value, onChange, testId }: CodeFieldProps) {
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="pg-code"
        rows={rows}
        spellCheck={false}
        wrap="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
    </div>
  );
}

interface MappingPanelProps {
  editor: EditorState;
  setEditor: (e: EditorState) => void;
  error: string | null;
}

export function MappingPanel({ editor, setEditor, error }: MappingPanelProps) {
  const { t } = useTranslation('playground');
  const ids = useId();
  return (
    <Panel title={t('mapping')} testId="playground-mapping">
      {editor.mode === 'jsonata' ? (
        <CodeField
          id={`${ids}-expr`}
          label={t('expression')}
          rows={18}
          value={editor.expression}
          onChange={(expression) => setEditor({ ...editor, expression })}
          testId="mapping-expression"
        />
      ) : null}
      <CodeField
        id={`${ids}-settings`}
        label={editor.mode === 'jsonata' ? t('settings') : t('fieldMap')}
        rows={editor.mode === 'jsonata' ? 8 : 26}
        value={editor.settings}
        onChange={(settings) => setEditor({ ...editor, settings })}
        testId="mapping-settings"
      />
      {error === null ? null : (
        <p className="notice error" role="alert" data-testid="mapping-invalid">
          {t('mappingInvalid', { message: error })}
        </p>
      )}
    </Panel>
  );
}
