/** URL paths of the app's pages (not the API's: /graphql, /health, /files and /admin are proxied). */
export const paths = {
  overview: '/',
  systemStatus: '/system/status',
  logIn: '/login',
  signUp: '/signup',
  profile: '/profile',
  review: '/review',
  /** One assignment in the reviewer workspace. */
  reviewAssignment: (id: string) => `/review/assignments/${id}`,
  reviewers: '/reviewers',
  members: '/members',
  /** Linked from invitation e-mails: `?token=…`. */
  acceptInvitation: '/invitations/accept',
  forgotPassword: '/password/forgot',
  /** Linked from password-reset e-mails: `?token=…`. */
  resetPassword: '/password/reset',
  /** Public call for projects (no login). */
  openCalls: '/call',
  openCall: (id: string) => `/call/${id}`,
  apply: (id: string) => `/call/${id}/apply`,
  programmes: '/programmes',
  newProgramme: '/programmes/new',
  programme: (id: string) => `/programmes/${id}`,
  editProgramme: (id: string) => `/programmes/${id}/edit`,
  screeningRound: (programmeId: string, roundId: string) => `/programmes/${programmeId}/rounds/${roundId}`,
  channels: '/channels',
  myProjects: '/projects',
  newProject: (programmeId: string) => `/programmes/${programmeId}/projects/new`,
  /** Linked from submission, withdrawal and nomination e-mails. */
  project: (id: string) => `/projects/${id}`,
  editProject: (id: string) => `/projects/${id}/edit`,
  /** Partner members' home: recommendations, saved projects, own intents and bids. */
  partnerHome: '/partner',
  /** A published project as partners see it (and organizers, with bids and fitting partners). */
  marketProject: (id: string) => `/market/projects/${id}`,
  pipeline: '/pipeline',
  deal: (id: string) => `/deals/${id}`,
  agreements: '/agreements',
  ceremony: (id: string) => `/ceremonies/${id}`,
  /** Organizers: every programme's roadshow events. */
  roadshows: '/roadshows',
  /**
   * Linked from the roadshow invitations: the planner for organizers, the live console for partners and
   * commentators, the public schedule for everyone else (and visitors who are not signed in).
   */
  roadshow: (id: string) => `/roadshows/${id}`,
  roadshowLive: (id: string) => `/roadshows/${id}/live`,
  /** The public schedule (no login). */
  publicRoadshow: (id: string) => `/roadshow/${id}`,
  /** Organizers: the organisation's audit trail (`?action=bid.&type=…&actor=…&from=…&to=…`). */
  audit: '/audit',
  /** Every signed-in user's notification centre (`?filter=unread`). */
  notifications: '/notifications',
  /** Organizers: webhook endpoints and their delivery logs. */
  webhooks: '/settings/webhooks',
} as const;
