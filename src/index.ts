export { extract } from './extract.js';
export type { ExtractOptions } from './extract.js';
export type * from './types.js';
