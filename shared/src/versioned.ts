import { z } from 'zod';

// Concurrent edits never silently overwrite each other: what an admin or analyst edits (an
// assessment, a mission, a custom indicator) carries a version that every write bumps, and an
// update names the version it was based on. A stale one is refused (409) and changes nothing.

const BASE_VERSION = 'Send the version you read (a whole number from 1), so that a save over a newer one is refused';
/** The version an update is based on: the one the client read. */
export const baseVersionSchema = z.number({ error: BASE_VERSION }).int(BASE_VERSION).min(1, BASE_VERSION);

/** The stored version, as every answer gives it. */
export const storedVersionSchema = z.number().int();
