// The boundary outline is read by the projects map and the wall's map alike: one parser, in data.
export * from '../../data/boundary';
