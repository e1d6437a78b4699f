export { SOLAR_CONSTANT_W_M2, sunPosition, type SunPosition } from './sun-position.js';
export * from './spain-irradiation.js';
export * from './pv-production.js';
export * from './curve-match.js';
