import type { notificationsStringsEn } from './strings.en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** 消息中心与邮件偏好的中文文案。 */
export const notificationsStringsZh: Strings<typeof notificationsStringsEn> = {
  bell: {
    title: '消息',
    markAll: '全部标为已读',
    viewAll: '查看全部消息',
    empty: '没有新消息。',
    offline: '实时更新已暂停，正在重新连接…',
  },
  page: {
    title: '消息',
    intro:
      '平台发给您的每封邮件都会在这里留一份副本，并以您的语言显示；即使您关闭了某类邮件，消息也会照常出现在这里。',
    all: '全部',
    unread: '未读',
    unreadCount: '{{count}} 条未读',
    markAll: '全部标为已读',
    markRead: '标为已读',
    open: '打开',
    read: '已读',
    notEmailed: '未发送邮件（按您的偏好）',
    empty: '暂无消息。',
    emptyUnread: '没有未读消息。',
    loadMore: '加载更多',
    shown: '已显示 {{shown}} / {{total}}',
    preferences: '邮件偏好',
  },
  category: {
    SECURITY: '账号与安全',
    INTAKE: '项目申报',
    SCREENING: '评审结果',
    REVIEWING: '评审工作',
    ROADSHOW: '路演',
    MATCHING: '对接',
    DEALS: '跟进与签约',
  },
  categoryHint: {
    SECURITY: '邀请、密码重置和投递测试。',
    INTAKE: '项目提交、撤回或被推荐。',
    SCREENING: '项目进入下一轮、入选或未入选。',
    REVIEWING: '新的评审任务和截止提醒。',
    ROADSHOW: '路演邀请、路演时间和提醒。',
    MATCHING: '收到报价、报价被答复或过期；合作方确认意向。',
    DEALS: '签约登记和对接跟进提醒。',
  },
  preferences: {
    title: '邮件偏好',
    intro:
      '选择您希望接收的邮件。无论如何选择，所有消息都会出现在“消息”（铃铛）中。此设置对您所在的所有机构生效。',
    on: '开',
    off: '关',
    locked: '始终开启：账号与安全类邮件无法关闭，以免您错过邀请或密码重置。',
    saved: '已保存：“{{category}}”邮件已{{state}}。',
    stateOn: '开启',
    stateOff: '关闭',
    mandatory: '安全类邮件无法关闭。',
  },
};
