/**
 * A transparent full-length bar laid over a bar series (`barGap: '-100%'`) only to carry a label at a fixed
 * place on each row: the label stays put whatever the real bar's length, and a row without a bar keeps it.
 */
export function labelCarrierBar<D>(
  name: string,
  data: D[],
  barWidth: number,
  label: Record<string, unknown>,
) {
  return {
    name,
    type: 'bar' as const,
    barWidth,
    barGap: '-100%',
    silent: true,
    tooltip: { show: false },
    itemStyle: { color: 'transparent' },
    data,
    label: { show: true, ...label },
    z: 1,
  };
}
