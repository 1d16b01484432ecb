import type { FunctionCode } from '../../domain/codes';
import type { CoreFunction } from '../../domain/schemas';
import { useTranslation } from '../../lib/i18n';
import { nameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useLang, useTheme } from '../../stores/ui-store';

/**
 * How a core function is shown: its name in the page's language (the plan's, else the built-in one, so a plan
 * without the function still reads) and its colour in the page's theme.
 */
export function useFunctionLook(
  code: FunctionCode,
  fn: CoreFunction | undefined,
): { name: string; color: string } {
  const { t: tc } = useTranslation();
  const lang = useLang();
  const color = PALETTES[useTheme()].fn[code];
  return { name: fn ? nameIn(fn, lang) : tc(`fn.${code}`), color };
}
