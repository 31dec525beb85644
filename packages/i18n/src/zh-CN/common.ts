/** Words every page uses: the platform's name, actions, states, languages. */
export default {
  app: {
    name: '幼有所育',
    tagline: '城市托育服务平台',
    title: '幼有所育 · 托育服务平台',
    cityPlatform: '{{city}}托育服务平台',
  },
  cities: { beijing: '北京市', tianjin: '天津市', chongqing: '重庆市' },
  actions: {
    signIn: '登录',
    signOut: '退出登录',
    retry: '重试',
    save: '保存',
    create: '新建',
    backHome: '返回首页',
  },
  yes: '是',
  no: '否',
  language: { label: '语言', current: '语言：{{language}}', zh: '中文', en: 'English' },
  demo: {
    banner: '演示环境：数据均为模拟数据，仅供体验，请勿录入真实个人信息。',
    city: '演示城市：{{city}}',
  },
  states: {
    loading: '正在加载…',
    empty: '暂无数据',
    errorTitle: '加载失败',
    requestId: '请求编号：{{requestId}}',
    comingSoon: '即将上线',
  },
  errors: {
    network: '网络连接失败，请检查网络后重试。',
    unexpected: '服务器返回了无法识别的结果，请稍后重试。',
  },
  table: { total: '共 {{total}} 条' },
  notFound: { title: '页面不存在', description: '您访问的页面不存在或已被移除，请检查网址。' },
  forbidden: {
    title: '无权访问',
    description: '您的账户没有访问此页面的权限。如需开通，请联系安全管理员。',
    noPages: '您的账户暂未被授予本门户的任何功能，请联系安全管理员。',
  },
  crash: {
    title: '页面出错了',
    description: '可能是平台刚刚更新。请刷新页面后重试；如仍有问题，请联系技术支持。',
    reload: '刷新页面',
  },
  footer: { line: '幼有所育 · 城市托育服务平台 · 开源软件' },
} as const;
