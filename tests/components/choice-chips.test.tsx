// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceChips } from '../../src/components/choice-chips';
import { OptionalSelect } from '../../src/components/optional-select';

afterEach(cleanup);

describe('ChoiceChips', () => {
  const chips = (chosen: number | null, choose: (y: number | null) => void) => (
    <ChoiceChips
      choices={[2025, 2027]}
      chosen={chosen}
      choose={choose}
      allLabel="all"
      allTestId="all"
      label={(y) => y}
      testId={(y) => `y-${y}`}
      className="num"
    />
  );

  it('presses "all" when nothing is chosen, and a choice when it is', () => {
    render(chips(null, () => undefined));
    expect(screen.getByTestId('all')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('y-2025')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('y-2025')).toHaveClass('chip', 'num');
    cleanup();
    render(chips(2027, () => undefined));
    expect(screen.getByTestId('all')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('y-2027')).toHaveAttribute('aria-pressed', 'true');
  });

  it('chooses a choice, goes back to all on the chosen one, and on "all"', () => {
    const choose = vi.fn();
    render(chips(2027, choose));
    fireEvent.click(screen.getByTestId('y-2025'));
    fireEvent.click(screen.getByTestId('y-2027'));
    fireEvent.click(screen.getByTestId('all'));
    expect(choose.mock.calls).toEqual([[2025], [null], [null]]);
  });
});

describe('OptionalSelect', () => {
  it('shows null as the "none" option and sets null, never "", when it is chosen again', () => {
    const onChange = vi.fn();
    render(
      <OptionalSelect value={null} onChange={onChange} noneLabel="none" testId="sel">
        <option value="a">A</option>
      </OptionalSelect>,
    );
    const select = screen.getByTestId<HTMLSelectElement>('sel');
    expect(select.value).toBe('');
    expect(select.options[0]).toHaveTextContent('none');
    fireEvent.change(select, { target: { value: 'a' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([['a'], [null]]);
  });
});
