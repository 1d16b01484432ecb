import { parseConfig, type AppConfig } from '../../src/data/config';

/** A config as config.json would give it: `mock` must be named there, so tests name it once, here. */
export function testConfig(json: Record<string, unknown> = {}, url = 'test'): AppConfig {
  return parseConfig({ mock: { enabled: false, scenario: null }, ...json }, url);
}
