import { z } from 'zod';

// Concurrent edits never silently overwrite each other: what an admin or analyst edits (an
// assessment, a mission, a custom indicator) carries a version that every write bumps, and an
// update names the version it was based on. A stale one is refused (409) and changes nothing.

/** The version an update is based on: the one the client read. */
export const baseVersionSchema = z.number().int().min(1);

/** The stored version, as every answer gives it. */
export const storedVersionSchema = z.number().int();
