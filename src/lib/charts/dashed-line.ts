/**
 * A dashed line series without symbols: time elapsed, a target's trajectory. Dashed so that it reads as a
 * yardstick beside the solid line of what was done, in print and for readers who do not tell colours apart.
 */
export function dashedLine<D>(name: string, data: D[], color: string, width: number, z = 1) {
  return {
    name,
    type: 'line' as const,
    data,
    showSymbol: false,
    lineStyle: { width, type: 'dashed' as const, color },
    itemStyle: { color },
    z,
  };
}
