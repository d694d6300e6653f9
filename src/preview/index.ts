/** `checkwright preview` (SPEC §7.5): the server; the page lives in ./page and is bundled into dist/preview. */
export { startPreview } from './server.js';
export type { PreviewOptions, PreviewServer, StartResult } from './server.js';
