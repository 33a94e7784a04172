// Lets `node --import ./scripts/register-ts.mjs file.ts` run TypeScript sources (the CLI).
import { register } from 'tsx/esm/api';
register();
