/** Who is doing something; recorded in the audit trail. Null id for the system (seeding). */
export interface Actor {
  userId: number | null;
}

export const SYSTEM: Actor = { userId: null };
