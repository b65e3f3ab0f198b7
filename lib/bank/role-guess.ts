// The section a single phrase most likely belongs to, from its own wording: kept apart from
// analyze.ts so the popup can guess as the user types without loading the corpus pipeline.
import type { Role } from '../schema';
import { CLOSING_CUE, SectionRoleTracker, roleOfHeading } from '../corpus/roles';

/**
 * A guess a user can correct: closing formulas, 「究其原因」/「下一步」 cues, then the topic
 * words of headings (问题, 不足, 打算 …); otherwise 通用.
 */
export function suggestRole(text: string): Role {
  const trimmed = text.trim();
  if (CLOSING_CUE.test(trimmed)) return 'closing';
  const cued = new SectionRoleTracker('problem').roleOf(trimmed);
  if (cued !== 'problem') return cued;
  return roleOfHeading(trimmed) ?? 'general';
}

