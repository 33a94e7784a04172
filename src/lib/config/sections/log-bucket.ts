/**
 * The platform file's section for a later action. Placeholder: accepted as an object until its
 * action's issue replaces it with a strict schema.
 */
import { z } from 'zod';

export const logBucketSection = z.looseObject({});
