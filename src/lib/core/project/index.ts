/**
 * Projects: the file that holds a transcript, its catalog and the view (./schema.ts, ./project.ts), and the
 * catalog editor's pure reducer with its undo history (./edit.ts). Pure.
 */
export * from './schema';
export * from './project';
export * from './edit';
