/** `checkwright/store` (Node only): the durable, tamper-evident audit store of SPEC §9.1. */
export { openStore } from './store.js';
export type * from './types.js';
