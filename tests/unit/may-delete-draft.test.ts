import { describe, expect, it } from 'vitest';
import { mayDeleteDraft } from '../../client/src/features/assessments/lib/may-delete';

const draft = { status: 'draft' as const, authorId: 7 };
const author = { id: 7, role: 'analyst' as const };
const otherAnalyst = { id: 8, role: 'analyst' as const };
const admin = { id: 1, role: 'admin' as const };
const viewer = { id: 7, role: 'viewer' as const };

describe('who is offered Delete draft', () => {
  it('is its author or an admin, on a draft of a mission not archived', () => {
    expect(mayDeleteDraft(draft, author, false)).toBe(true);
    expect(mayDeleteDraft(draft, admin, false)).toBe(true);
    expect(mayDeleteDraft(draft, otherAnalyst, false)).toBe(false);
    expect(mayDeleteDraft(draft, viewer, false)).toBe(false);
    expect(mayDeleteDraft(draft, null, false)).toBe(false);
  });

  it('is no one once submitted or approved, or while the mission is archived', () => {
    expect(mayDeleteDraft({ ...draft, status: 'submitted' }, admin, false)).toBe(false);
    expect(mayDeleteDraft({ ...draft, status: 'approved' }, author, false)).toBe(false);
    expect(mayDeleteDraft(draft, admin, true)).toBe(false);
  });
});
