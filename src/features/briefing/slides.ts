/** Slide navigation, pure: the slide number is 1-based in the URL (`?slide=3`) and 0-based here. */
export function clampSlide(raw: string | null, total: number): number {
  const n = Math.floor(Number(raw));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, total) - 1 : 0;
}

/** Which slide a key leads to, or null when the key is not ours. Pure, for the tests. */
export function slideForKey(key: string, index: number, total: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return Math.min(total - 1, index + 1);
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
