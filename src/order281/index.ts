export * from './text';
export * from './normalize';
export * from './stems';
export * from './vocabulary';
export * from './function-types';
export * from './zones';
export * from './factors';
export * from './paragraphs';
