/** URL paths of the app's pages (not the API's: /graphql, /health, /files and /admin are proxied). */
export const paths = {
  overview: '/',
  systemStatus: '/system/status',
} as const;
