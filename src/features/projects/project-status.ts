// The stages' colours, shapes and history rule are shared with the wall's map: one definition in lib.
export * from '../../lib/project-stage';
