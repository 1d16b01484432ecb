import { useTranslation } from '../../lib/i18n';
import { ChoiceChips } from '../../components/choice-chips';
import { ChipRow } from './chip-row';
import './messages';

interface Props {
  years: readonly number[];
  year: number | null;
  setYear: (year: number | null) => void;
  /** The label's id: the list and the detail page each have their own. */
  labelId: string;
  /** Test ids on the year chips (the list page's specs pick a year by id). */
  withTestIds?: boolean;
}

/** "Current" plus one chip a target year; the list and the detail page judge the same year from one link. */
export function YearChips({ years, year, setYear, labelId, withTestIds = false }: Props) {
  const { t } = useTranslation('indicators');
  return (
    <ChipRow labelId={labelId} label={t('yearFilter')}>
      <ChoiceChips
        choices={years}
        chosen={year}
        choose={setYear}
        allLabel={t('current')}
        label={(y) => y}
        testId={withTestIds ? (y) => `year-chip-${y}` : undefined}
        className="num"
      />
    </ChipRow>
  );
}
