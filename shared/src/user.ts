import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', analyst: 'Analyst', admin: 'Admin' };

/** True when `role` may do what `needed` may do: viewer < analyst < admin. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const USERNAME_MAX = 50;

/** A password a user, an admin or the configuration may set: the server hashes whatever passes. */
export const passwordSchema = z
  .string()
  .min(10, 'At least 10 characters')
  .max(200, 'At most 200 characters')
  .refine((p) => p.trim() !== '', 'A password cannot be only spaces')
  .refine((p) => !isCommonPassword(p), 'This password is one of the most common; choose another');

/** The sign-in names its user as the lookup does: trimmed, and case does not matter. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export const loginSchema = z
  .object({
    username: z.string().trim().min(1, 'Username is required').max(USERNAME_MAX, `At most ${USERNAME_MAX} characters`),
    password: z.string().min(1, 'Password is required').max(200, 'At most 200 characters'),
  })
  .strict();
export type LoginInput = z.infer<typeof loginSchema>;

export const userInputSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(2, 'At least 2 characters')
      .max(USERNAME_MAX, `At most ${USERNAME_MAX} characters`)
      .regex(/^[a-zA-Z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only'),
    displayName: z.string().trim().min(1, 'Display name is required').max(200),
    role: z.enum(ROLES),
    password: passwordSchema,
  })
  .strict();
export type UserInput = z.infer<typeof userInputSchema>;

export const userPatchSchema = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
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
