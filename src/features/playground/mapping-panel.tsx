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
        <label htmlFor={`${ids}-settings`}>{editor.mode === 'jsonata' ? t('settings') : t('fieldMap')}</label>
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
      {error === null ? null : (
        <p className="notice error" role="alert" data-testid="mapping-invalid">
          {t('mappingInvalid', { message: error })}
        </p>
      )}
    </Panel>
  );
}
