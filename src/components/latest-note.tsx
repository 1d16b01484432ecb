import type { ProgressPoint } from '../domain/schemas';
import { formatDate, type Lang } from '../lib/format';

/** 最新进展 in the reader's language (Chinese when there is no English), or '' when none. */
export function noteText(p: ProgressPoint | null, lang: Lang): string {
  if (!p) return '';
  return lang === 'en' && p.noteEn ? p.noteEn : (p.note ?? p.noteEn ?? '');
}

/** The same with its date, for tables and CSV: "已完成方案初稿 · 2025年11月30日". */
export function noteWithDate(p: ProgressPoint | null, lang: Lang): string {
  const text = noteText(p, lang);
  return text ? `${text} · ${formatDate(p!.date, lang)}` : '';
}

/**
 * 最新进展 everywhere: the latest progress point that carries a note (the assessment's `latestNote`),
 * always with the date it was written, since it may be older than the latest figure.
 */
export function LatestNote({
  point,
  lang,
  className,
}: {
  point: ProgressPoint | null;
  lang: Lang;
  className: string;
}) {
  const text = noteText(point, lang);
  if (!text || !point) return null;
  return (
    <p className={className} data-testid="latest-note">
      {text} <span className="latest-note-date num">· {formatDate(point.date, lang)}</span>
    </p>
  );
}
