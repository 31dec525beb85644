/** Words every page uses: the platform's name, actions, states, languages. */
export default {
  app: {
    name: 'Youyu',
    tagline: 'City childcare service platform',
    title: 'Youyu · Childcare service platform',
    cityPlatform: '{{city}} childcare service platform',
  },
  cities: { beijing: 'Beijing', tianjin: 'Tianjin', chongqing: 'Chongqing' },
  actions: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    retry: 'Retry',
    save: 'Save',
    create: 'Create',
    backHome: 'Back to home',
  },
  yes: 'Yes',
  no: 'No',
  language: { label: 'Language', current: 'Language: {{language}}', zh: '中文', en: 'English' },
  demo: {
    banner: 'Demo environment: all data is simulated and for trying the platform only. Do not enter real personal information.',
    city: 'Demo city: {{city}}',
  },
  states: {
    loading: 'Loading…',
    empty: 'No data',
    errorTitle: 'Could not load',
    requestId: 'Request ID: {{requestId}}',
    comingSoon: 'Coming soon',
  },
  errors: {
    network: 'Could not reach the server. Check your connection and try again.',
    unexpected: 'The server sent an answer the page could not read. Please try again later.',
  },
  table: { total: '{{total}} in total' },
  notFound: { title: 'Page not found', description: 'The page you asked for does not exist or has been removed. Please check the address.' },
  forbidden: {
    title: 'Access denied',
    description: 'Your account may not open this page. Ask your security administrator if you need it.',
    noPages: 'Your account has not been granted any function of this portal yet. Please contact your security administrator.',
  },
  crash: {
    title: 'Something went wrong',
    description: 'The platform may just have been updated. Reload the page and try again; if the problem persists, contact support.',
    reload: 'Reload page',
  },
  footer: { line: 'Youyu · City childcare service platform · Open-source software' },
} as const;
