/** URL paths of the app's pages (not the API's: /graphql, /health, /files and /admin are proxied). */
export const paths = {
  overview: '/',
  systemStatus: '/system/status',
  logIn: '/login',
  signUp: '/signup',
  profile: '/profile',
  review: '/review',
  members: '/members',
  /** Linked from invitation e-mails: `?token=…`. */
  acceptInvitation: '/invitations/accept',
  forgotPassword: '/password/forgot',
  /** Linked from password-reset e-mails: `?token=…`. */
  resetPassword: '/password/reset',
} as const;
