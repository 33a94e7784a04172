import { run } from './definition.js';
await run();
