export { applyExceptions, type AcceptedFinding, type ExceptionsOutcome } from './apply-exceptions.js';
export { defaultAsOf, parseAsOf } from './as-of.js';
export { loadExceptions, parseExceptions } from './load-exceptions.js';
export { prepareExceptions, type PreparedExceptions } from './prepare-exceptions.js';
