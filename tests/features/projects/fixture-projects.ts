import { fixtures } from '../../../mock/fixtures';
import { projectAsOf } from '../../../mock/as-of';
import { rowSchemas, type Project, type Unit } from '../../../src/domain/schemas';

/** The projects as the API answers at a date; `full` keeps the whole history (a source that does not cut it). */
export const fixtureProjects = (asOf: string | null): Project[] =>
  fixtures.projects.map((p) => rowSchemas.projects.parse(asOf ? projectAsOf(p, asOf) : p));
export const fixtureUnits = (): Unit[] => fixtures.units.map((u) => rowSchemas.units.parse(u));
