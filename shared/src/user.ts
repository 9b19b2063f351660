import { z } from 'zod';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', analyst: 'Analyst', admin: 'Admin' };

/** True when `role` may do what `needed` may do: viewer < analyst < admin. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

const password = z.string().min(10, 'At least 10 characters').max(200, 'At most 200 characters');

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'Username is required').max(100),
  password: z.string().min(1, 'Password is required').max(200),
});

export const userInputSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(2, 'At least 2 characters')
      .max(50, 'At most 50 characters')
      .regex(/^[a-zA-Z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only'),
    displayName: z.string().trim().min(1, 'Display name is required').max(200),
    role: z.enum(ROLES),
    password,
  })
  .strict();
export type UserInput = z.infer<typeof userInputSchema>;

export const userPatchSchema = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .strict();
export type UserPatch = z.infer<typeof userPatchSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
