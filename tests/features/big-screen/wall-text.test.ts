import { describe, expect, it } from 'vitest';
import { wallFigure, wallTarget } from '../../../src/features/big-screen/wall-figure';
import { withWallText } from '../../../src/features/big-screen/wall-chart';

describe('wall text', () => {
  it('money standing alone keeps its currency in English, and reads as the source wrote it in Chinese', () => {
    const money = { unit: '亿元', unitEn: '100M CNY' };
    expect(wallFigure(192.2, money, 'en')).toBe('CNY 19.22bn');
    expect(wallFigure(192.2, money, 'zh')).toBe('192.2');
    expect(wallFigure(58, { unit: '万㎡', unitEn: '10k m²' }, 'en')).toBe('580,000');
    expect(wallFigure(null, money, 'en')).toBe('—');
  });

  it('the target after a figure names the unit once: after a bare figure, not again after money', () => {
    const money = { unit: '亿元', unitEn: '100M CNY' };
    const area = { unit: '万㎡', unitEn: '10k m²' };
    expect(wallFigure(192.2, money, 'en') + wallTarget(190, money, 'en')).toBe('CNY 19.22bn / 19bn');
    expect(wallFigure(58, area, 'en') + wallTarget(60, area, 'en')).toBe('580,000 / 600,000 m²');
    expect(wallFigure(58, area, 'zh') + wallTarget(60, area, 'zh')).toBe('58 / 60万㎡');
  });

  it('a chart’s base text is the wall’s chart-label floor, one rem, keeping the builder’s colour', () => {
    const o = withWallText({ textStyle: { color: '#fff' }, series: [] }, 32) as {
      textStyle: { color: string; fontSize: number };
    };
    expect(o.textStyle).toEqual({ color: '#fff', fontSize: 32 });
  });
});
