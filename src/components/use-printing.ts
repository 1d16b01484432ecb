import { usePrintMedia } from '../lib/print-media';

/**
 * Whether the page is being printed: beforeprint / afterprint (a person's Ctrl+P), or the `print` media
 * query (a headless PDF emulates print media without the events). False while `enabled` is false.
 */
export function usePrinting(enabled = true): boolean {
  return usePrintMedia() && enabled;
}
