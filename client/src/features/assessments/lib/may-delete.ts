import type { Assessment } from '@cpea/shared/assessment';
import { hasRole, type User } from '@cpea/shared/user';

/**
 * Whether the user may delete the assessment, as the server decides: a draft, its author's (an
 * analyst at least) or any admin's, while its mission is not archived.
 */
export function mayDeleteDraft(
  assessment: Pick<Assessment, 'status' | 'authorId'>,
  user: Pick<User, 'id' | 'role'> | null,
  archived: boolean,
): boolean {
  if (!user || archived || assessment.status !== 'draft') return false;
  return hasRole(user.role, 'admin') || (hasRole(user.role, 'analyst') && user.id === assessment.authorId);
}
