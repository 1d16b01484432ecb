import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n';

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-state panel-error" role="alert">
      <p>{t('state.panelError', { message: error.message })}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('panel failed', error.message, info.componentStack?.split('\n')[1]?.trim());
  }

  override render() {
    if (this.state.error)
      return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
