/** Sizes drawn on a canvas follow the root font size: a length given for 16 px, scaled and rounded. */
export const remPx =
  (rem = 16) =>
  (n: number): number =>
    Math.round((n * rem) / 16);
