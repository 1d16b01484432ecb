import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/lib/display-text';
import { escapeHtml } from '../../src/lib/escape-html';
import { nameIn, rawNameIn, shortNameIn } from '../../src/lib/names';

// U+202E RIGHT-TO-LEFT OVERRIDE makes "交大科技园" display as "园技科大交"; the others hide or reorder text.
const RLO = '\u202E';
const HOSTILE = [
  `${RLO}交大科技园`,
  `\u202B交大\u202C科技园`,
  `\u2067交大科技园\u2069`,
  `交\u200B大\u200C科\u200D技\u2060园\uFEFF`,
  `\u200F交大科技园\u200E`,
];

describe('bidi and zero-width characters are neutralised for display, kept in exports', () => {
  it('displayText removes every bidi control and zero-width character, nothing else', () => {
    for (const s of HOSTILE) expect(displayText(s)).toBe('交大科技园');
    expect(displayText('RTL交大科技园')).toBe('RTL交大科技园');
    expect(displayText('Zero Bay 大零号湾 (2021)')).toBe('Zero Bay 大零号湾 (2021)');
    // The same regex twice in a row: no state carried between calls.
    expect(displayText(`${RLO}a`)).toBe('a');
    expect(displayText(`${RLO}a`)).toBe('a');
  });

  it('names and tooltips (the display boundary) are neutralised; the raw name for CSV is not', () => {
    const unit = { name: `${RLO}交大科技园`, nameEn: `${RLO}SJTU Park`, shortName: `${RLO}交大` };
    expect(nameIn(unit, 'zh')).toBe('交大科技园');
    expect(nameIn(unit, 'en')).toBe('SJTU Park');
    expect(shortNameIn(unit, 'zh')).toBe('交大');
    expect(escapeHtml(`${RLO}<b>交大</b>`)).toBe('&lt;b&gt;交大&lt;/b&gt;');
    expect(rawNameIn(unit, 'zh')).toBe(`${RLO}交大科技园`);
  });
});
