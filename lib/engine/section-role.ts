// Which section the caret is in, from the headings above it: the innermost heading that
// names a role decides (「（二）存在的不足」 under 「二、工作回顾」 is a problem section).
import { headingRoles } from '../corpus/roles';
import type { Role } from '../roles';

export function sectionRoleOf(headings: readonly string[] | undefined): Role | undefined {
  // A combined heading (「存在的问题及下一步打算」) names several: the writer is most
  // likely still in its first part, until an inner heading says otherwise.
  return sectionRolesOf(headings)[0];
}

const NONE: readonly Role[] = [];

/** Every role the innermost heading that names any names, the first one first. In a
 * combined section each of them belongs there: none is another section's wording. */
export function sectionRolesOf(headings: readonly string[] | undefined): readonly Role[] {
  if (!headings) return NONE;
  for (let i = headings.length - 1; i >= 0; i--) {
    const roles = headingRoles(headings[i]!);
    if (roles.length > 0) return roles;
  }
  return NONE;
}
