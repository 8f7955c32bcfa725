import type { Role } from '@gci/shared';

/** Where each role's work is, for a sign-in without a page to return to. */
export function landingPath(role: Role): string {
  switch (role) {
    case 'reviewer':
      return '/review';
    case 'analyst':
      return '/workbench';
    case 'admin':
      return '/admin/overview';
    case 'focal_point':
      return '/assessments';
  }
}
