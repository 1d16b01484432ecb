import { useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { Briefing } from './use-briefing';

/** 下载表格 (.xlsx): the briefing's tables as one workbook; the writer loads on the click. */
export function BriefingWorkbookButton({ b }: { b: Briefing }) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { downloadBriefingWorkbook } = await import('./briefing-workbook');
      downloadBriefingWorkbook(b, t, tc);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn"
      onClick={() => void download()}
      disabled={busy || !b.assessment}
      data-testid="briefing-workbook"
    >
      {t('workbook')}
    </button>
  );
}
