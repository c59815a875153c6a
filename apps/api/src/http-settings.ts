/** The proxies whose X-Forwarded-For the API believes (Express's `trust proxy`, also for the GraphQL lane). */
export const TRUST_PROXY = ['loopback', 'linklocal', 'uniquelocal'];
