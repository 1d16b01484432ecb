import { createContext, useContext } from 'react';

/**
 * The date of the data a view shows (its assessment's date), set by the frame around the view's body. A table
 * names its downloads by it; a panel that shows another date (a target year's end) says so itself.
 */
export const ShownDate = createContext<string | null>(null);

export const useShownDate = (): string | null => useContext(ShownDate);
