/** English UI strings. The shape of this object is the contract every other locale must follow. */
export const en = {
  languageName: 'English',
  app: {
    name: 'SixCan 六可',
    tagline: 'Technology roadshow deal flow',
    documentTitle: 'SixCan',
    pageTitle: '{{page}} · SixCan',
    loading: 'Loading…',
  },
  header: {
    language: 'Language',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    systemStatus: 'System status',
  },
  overview: {
    title: 'Overview',
    welcomeTitle: 'Welcome to SixCan',
    welcomeBody:
      'SixCan runs the whole deal flow of an international technology roadshow in one place: the call for projects, screening in rounds, the live roadshow and the matchmaking that follows, up to signed and landed agreements. Each project keeps one record from nomination to landing.',
    statusCta: 'View system status',
    flowTitle: 'From call to landing',
    flow: {
      call: { title: 'Call for projects', body: 'Collect projects worldwide through recommending channels.' },
      screening: {
        title: 'Screening',
        body: 'Review in rounds against the six-can criteria and technical innovativeness.',
      },
      handbook: { title: 'Handbook', body: 'Publish a bilingual handbook of the selected projects.' },
      roadshow: {
        title: 'Roadshow',
        body: 'Schedule live pitches across time zones, with expert commentary.',
      },
      matchmaking: {
        title: 'Matchmaking',
        body: 'Record intents and compare offers from investors and parks.',
      },
      landing: {
        title: 'Signing and landing',
        body: 'Follow each deal until the agreement is signed and landed.',
      },
    },
    cansTitle: 'The six-can criteria',
    cansIntro: 'Every project is screened against six questions before its innovativeness is scored.',
    cans: {
      attend: { title: 'Can attend', body: 'The team can take part in the roadshow and matchmaking.' },
      convert: { title: 'Can convert', body: 'The result can be commercialised.' },
      transfer: { title: 'Can transfer', body: 'The technology or IP can be transferred or licensed.' },
      trade: { title: 'Can trade', body: 'Rights are clear enough to be traded.' },
      crossBorder: {
        title: 'Can cross borders',
        body: 'It can legally move across borders (export control, data).',
      },
      land: {
        title: 'Can land',
        body: 'It can land locally: a company, a production line or a lab in the host city.',
      },
    },
  },
  system: {
    title: 'System status',
    intro: 'Health of the SixCan API and the services it depends on.',
    refresh: 'Refresh',
    overall: 'Overall status',
    allUp: 'All systems operational',
    someDown: 'One or more components are down',
    someDownHint:
      'Features that depend on the failing components may not work. Contact your system administrator.',
    version: 'Version',
    environment: 'Environment',
    checkedAt: 'Checked at',
    components: 'Components',
    noComponents: 'The API reported no components.',
    column: { component: 'Name', status: 'Status', latency: 'Latency', detail: 'Detail' },
    state: { UP: 'UP', DOWN: 'DOWN' },
    latencyValue: '{{value}} ms',
    notAvailable: '—',
    componentName: {
      api: 'API',
      database: 'Database',
      queue: 'Job queue',
      redis: 'Redis',
      storage: 'File storage',
      mail: 'E-mail',
    },
    error: {
      unreachableTitle: 'Cannot reach the SixCan API',
      unreachableBody:
        'The dashboard could not connect to the server. Check your network connection, then try again. If the problem persists, contact your system administrator.',
      failedTitle: 'The API could not report its status',
      failedBody:
        'The server answered with an error. Try again; if the problem persists, contact your system administrator.',
      retry: 'Try again',
      details: 'Technical details',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you asked for does not exist or has moved.',
    home: 'Back to overview',
  },
};

/** Same keys as `en`, every leaf a string. */
export type Messages = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
