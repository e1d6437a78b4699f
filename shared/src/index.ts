export * from './user-types.js';
export * from './parse-result.js';
export * from './normalize.js';
export * from './check-letters.js';
export * from './fiscal-id.js';
export * from './cups.js';
export * from './tariffs.js';
export * from './password.js';
