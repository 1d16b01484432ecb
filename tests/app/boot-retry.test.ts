import { describe, expect, it } from 'vitest';
import { configRetryDelayMs } from '../../src/app/boot-retry';

describe('config.json retries', () => {
  it('back off from 2 s to at most a minute, and never stop', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(configRetryDelayMs)).toEqual([
      2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});
