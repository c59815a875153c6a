import { Locale } from '@sixcan/domain';
import { NotificationCategory } from './notification-category';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Template {
  subject: Record<Locale, string>;
  /** Paragraphs; `{name}` placeholders are filled from params. The first is the salutation. */
  body: Record<Locale, string[]>;
  /** Params that must be present. */
  params: string[];
  /** What the message is about: the in-app notification's category and the recipient's e-mail preference. */
  category: NotificationCategory;
  /** Params that must stay in the e-mail only (single-use links with tokens): never stored in-app. */
  secret?: string[];
}

const TEMPLATES = {
  'system.test': {
    subject: { en: 'SixCan test message', 'zh-CN': 'SixCan 测试邮件' },
    body: {
      en: ['Hello {name},', 'This message confirms that e-mail delivery from SixCan works.'],
      'zh-CN': ['{name}，您好：', '这封邮件确认 SixCan 的邮件发送功能正常。'],
    },
    params: ['name'],
    category: NotificationCategory.SECURITY,
  },
  'identity.invitation': {
    subject: {
      en: '{inviter} invites you to {organization} on SixCan',
      'zh-CN': '{inviter} 邀请您加入 SixCan 上的「{organization}」',
    },
    body: {
      en: [
        'Hello,',
        '{inviter} invites you to join {organization} on SixCan as {roles}.',
        'Accept the invitation here (the link works once and until {expires}): {link}',
        'If you did not expect this invitation, ignore this e-mail.',
      ],
      'zh-CN': [
        '您好：',
        '{inviter} 邀请您以「{roles}」身份加入 SixCan 上的「{organization}」。',
        '请点击以下链接接受邀请（仅可使用一次，{expires} 前有效）：{link}',
        '如果您没有预期收到此邀请，请忽略本邮件。',
      ],
    },
    params: ['inviter', 'organization', 'roles', 'link', 'expires'],
    category: NotificationCategory.SECURITY,
    secret: ['link'],
  },
  'identity.password_reset': {
    subject: { en: 'Reset your SixCan password', 'zh-CN': '重置您的 SixCan 密码' },
    body: {
      en: [
        'Hello {name},',
        'Someone asked to reset the password of your SixCan account. Choose a new one here (the link works once, for one hour): {link}',
        'If it was not you, ignore this e-mail: your password stays as it is.',
      ],
      'zh-CN': [
        '{name}，您好：',
        '有人申请重置您 SixCan 账户的密码。请通过以下链接设置新密码（仅可使用一次，一小时内有效）：{link}',
        '如果不是您本人操作，请忽略本邮件，您的密码不会改变。',
      ],
    },
    params: ['name', 'link'],
    category: NotificationCategory.SECURITY,
    secret: ['link'],
  },
  'intake.submitted': {
    subject: { en: 'Received: {title}', 'zh-CN': '已收到您的项目申报：{title}' },
    body: {
      en: [
        'Hello {name},',
        'We have received your project "{title}" for {programme}. You can follow its status here: {link}',
        'You may still edit it until the call closes, or withdraw it before a final decision.',
      ],
      'zh-CN': [
        '{name}，您好：',
        '我们已收到您为「{programme}」申报的项目「{title}」。您可以在此查看项目状态：{link}',
        '征集截止前您仍可修改项目；在最终结果公布前也可以撤回。',
      ],
    },
    params: ['name', 'title', 'programme', 'link'],
    category: NotificationCategory.INTAKE,
  },
  'intake.withdrawn': {
    subject: { en: 'Withdrawn: {title}', 'zh-CN': '项目已撤回：{title}' },
    body: {
      en: [
        'Hello {name},',
        'Your project "{title}" has been withdrawn from {programme}. It will not be screened.',
        'The record stays available here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '您的项目「{title}」已从「{programme}」中撤回，将不再参加评审。',
        '项目记录仍可在此查看：{link}',
      ],
    },
    params: ['name', 'title', 'programme', 'link'],
    category: NotificationCategory.INTAKE,
  },
  'intake.nominated': {
    subject: {
      en: '{channel} has nominated your project for {programme}',
      'zh-CN': '「{channel}」推荐您的项目参加「{programme}」',
    },
    body: {
      en: [
        'Hello,',
        '{channel} has nominated "{title}" for {programme}. Please complete the project and submit it before the deadline ({deadline}): {link}',
      ],
      'zh-CN': [
        '您好：',
        '「{channel}」推荐了项目「{title}」参加「{programme}」。请在截止时间（{deadline}）前完善并提交项目：{link}',
      ],
    },
    params: ['channel', 'title', 'programme', 'link', 'deadline'],
    category: NotificationCategory.INTAKE,
  },
  'screening.advanced': {
    subject: { en: 'Advanced to the next round: {title}', 'zh-CN': '项目进入下一轮评审：{title}' },
    body: {
      en: [
        'Hello {name},',
        'Good news: your project "{title}" has passed screening round {round} of {programme} and advances to the next round.',
        'You can follow its status here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '恭喜！您的项目「{title}」已通过「{programme}」第 {round} 轮评审，进入下一轮。',
        '您可以在此查看项目状态：{link}',
      ],
    },
    params: ['name', 'title', 'programme', 'round', 'link'],
    category: NotificationCategory.SCREENING,
  },
  'screening.shortlisted': {
    subject: { en: 'Shortlisted: {title}', 'zh-CN': '项目入选：{title}' },
    body: {
      en: [
        'Hello {name},',
        'Congratulations: your project "{title}" has been shortlisted in {programme} after screening round {round}.',
        'The organisers will contact you about the next steps. Status: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '恭喜！经过第 {round} 轮评审，您的项目「{title}」已入选「{programme}」。',
        '主办方将与您联系后续安排。项目状态：{link}',
      ],
    },
    params: ['name', 'title', 'programme', 'round', 'link'],
    category: NotificationCategory.SCREENING,
  },
  'screening.not_selected': {
    subject: { en: 'Screening result: {title}', 'zh-CN': '评审结果通知：{title}' },
    body: {
      en: [
        'Hello {name},',
        'Thank you for taking part in {programme}. After screening round {round}, your project "{title}" has not been selected to continue.',
        'Any feedback the organisers release will appear here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '感谢您参加「{programme}」。经过第 {round} 轮评审，您的项目「{title}」未能进入下一阶段。',
        '主办方发布的评审意见将显示在此：{link}',
      ],
    },
    params: ['name', 'title', 'programme', 'round', 'link'],
    category: NotificationCategory.SCREENING,
  },
  'screening.assigned': {
    subject: {
      en: '{count} projects to review for {programme}',
      'zh-CN': '「{programme}」有 {count} 个项目待您评审',
    },
    body: {
      en: [
        'Hello {name},',
        'Screening round {round} of {programme} is open. You have been assigned {count} projects; please declare any conflict of interest, then score them by {deadline}.',
        'Start here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '「{programme}」第 {round} 轮评审已开始，共有 {count} 个项目分配给您。请先申报利益冲突，并于 {deadline} 前完成评分。',
        '点击开始评审：{link}',
      ],
    },
    params: ['name', 'programme', 'round', 'count', 'deadline', 'link'],
    category: NotificationCategory.REVIEWING,
  },
  'screening.reminder': {
    subject: {
      en: 'Reminder: {count} reviews due by {deadline}',
      'zh-CN': '提醒：{count} 份评审需在 {deadline} 前提交',
    },
    body: {
      en: [
        'Hello {name},',
        'Screening round {round} of {programme} closes on {deadline}. {count} of your reviews are not submitted yet.',
        'Finish them here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '「{programme}」第 {round} 轮评审将于 {deadline} 截止，您还有 {count} 份评审尚未提交。',
        '请在此完成：{link}',
      ],
    },
    params: ['name', 'programme', 'round', 'count', 'deadline', 'link'],
    category: NotificationCategory.REVIEWING,
  },
  'matching.bid_received': {
    subject: { en: 'New offer for {title}', 'zh-CN': '「{title}」收到新的报价' },
    body: {
      en: [
        'Hello {name},',
        '{partner} has placed a sealed offer for your project "{title}". Compare all offers side by side and answer here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '「{partner}」为您的项目「{title}」提交了一份密封报价。请在此并列比较所有报价并答复：{link}',
      ],
    },
    params: ['name', 'partner', 'title', 'link'],
    category: NotificationCategory.MATCHING,
  },
  'matching.bid_answered': {
    subject: { en: 'Your offer for {title} was {answer}', 'zh-CN': '您对「{title}」的报价已被{answer}' },
    body: {
      en: ['Hello {name},', 'Your offer for "{title}" was {answer}. Message: {message}', 'Details: {link}'],
      'zh-CN': ['{name}，您好：', '您对项目「{title}」的报价已被{answer}。留言：{message}', '详情：{link}'],
    },
    params: ['name', 'title', 'answer', 'message', 'link'],
    category: NotificationCategory.MATCHING,
  },
  'matching.bid_expired': {
    subject: { en: 'Your offer for {title} has expired', 'zh-CN': '您对「{title}」的报价已过期' },
    body: {
      en: [
        'Hello {name},',
        'The offer of {partner} for "{title}" was valid until {validUntil} and has expired without an answer.',
        'Place a new offer if you are still interested: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '「{partner}」对项目「{title}」的报价有效期至 {validUntil}，现已过期且未获答复。',
        '如仍有意向，请重新提交报价：{link}',
      ],
    },
    params: ['name', 'partner', 'title', 'validUntil', 'link'],
    category: NotificationCategory.MATCHING,
  },
  'matching.intent_committed': {
    subject: { en: '{partner} commits to {title}', 'zh-CN': '「{partner}」确认了对「{title}」的意向' },
    body: {
      en: [
        'Hello {name},',
        '{partner} has recorded a committed {kind} intent for "{title}".',
        'Details: {link}',
      ],
      'zh-CN': ['{name}，您好：', '「{partner}」对项目「{title}」确认了{kind}意向。', '详情：{link}'],
    },
    params: ['name', 'partner', 'kind', 'title', 'link'],
    category: NotificationCategory.MATCHING,
  },
  'matching.agreement_recorded': {
    subject: { en: 'Agreement recorded: {title}', 'zh-CN': '合作协议已登记：{title}' },
    body: {
      en: [
        'Hello {name},',
        'A {kind} agreement between "{title}" and {partner} was recorded, signed on {signed} for {amount}.',
        'Details: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '项目「{title}」与「{partner}」的{kind}协议已登记，签约日期 {signed}，金额 {amount}。',
        '详情：{link}',
      ],
    },
    params: ['name', 'kind', 'title', 'partner', 'signed', 'amount', 'link'],
    category: NotificationCategory.DEALS,
  },
  'matching.deal_reminder': {
    subject: { en: 'Follow up: {title} with {partner}', 'zh-CN': '跟进提醒：「{title}」与「{partner}」' },
    body: {
      en: ['Hello {name},', '{reason}', 'Open the deal: {link}'],
      'zh-CN': ['{name}，您好：', '{reason}', '打开项目跟进：{link}'],
    },
    params: ['name', 'title', 'partner', 'reason', 'link'],
    category: NotificationCategory.DEALS,
  },
  'roadshows.presenter_invitation': {
    subject: { en: '{event}: your pitch at {local}', 'zh-CN': '{event}：您的路演时间 {local}' },
    body: {
      en: [
        'Hello {name},',
        '"{title}" pitches at {event}. Your slot: {local} ({zone}), that is {display} in the event’s time zone. Delivery: {delivery}.',
        'Where: {where}',
        'The attached calendar file adds the slot to your calendar; the programme is here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '项目「{title}」将在「{event}」上路演。您的时段：{local}（{zone}），即活动时区的 {display}。形式：{delivery}。',
        '地点：{where}',
        '附件中的日历文件可将该时段加入您的日历；活动日程：{link}',
      ],
    },
    params: ['name', 'title', 'event', 'local', 'zone', 'display', 'delivery', 'where', 'link'],
    category: NotificationCategory.ROADSHOW,
  },
  'roadshows.invitation': {
    subject: { en: 'Invitation: {event}, {window}', 'zh-CN': '邀请：{event}，{window}' },
    body: {
      en: [
        'Hello {name},',
        '{event} takes place {window} ({mode}). {role}',
        'Where: {where}',
        'The attached calendar file adds the event to your calendar; the programme is here: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '「{event}」将于 {window} 举行（{mode}）。{role}',
        '地点：{where}',
        '附件中的日历文件可将活动加入您的日历；活动日程：{link}',
      ],
    },
    params: ['name', 'event', 'window', 'mode', 'role', 'where', 'link'],
    category: NotificationCategory.ROADSHOW,
  },
  'roadshows.presenter_reminder': {
    subject: { en: 'Reminder: your pitch {when}', 'zh-CN': '提醒：您的路演{when}开始' },
    body: {
      en: [
        'Hello {name},',
        '"{title}" pitches at {event} {when}: {local} ({zone}). Delivery: {delivery}.',
        'Where: {where}',
        'Programme: {link}',
      ],
      'zh-CN': [
        '{name}，您好：',
        '项目「{title}」将于{when}在「{event}」上路演：{local}（{zone}）。形式：{delivery}。',
        '地点：{where}',
        '活动日程：{link}',
      ],
    },
    params: ['name', 'title', 'event', 'when', 'local', 'zone', 'delivery', 'where', 'link'],
    category: NotificationCategory.ROADSHOW,
  },
  'roadshows.commentator_reminder': {
    subject: { en: '{event} starts in one hour', 'zh-CN': '「{event}」将在一小时后开始' },
    body: {
      en: ['Hello {name},', '{event} starts at {start}. Your commentator console: {link}'],
      'zh-CN': ['{name}，您好：', '「{event}」将于 {start} 开始。点评席入口：{link}'],
    },
    params: ['name', 'event', 'start', 'link'],
    category: NotificationCategory.ROADSHOW,
  },
} satisfies Record<string, Template>;

export type MailTemplate = keyof typeof TEMPLATES;

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name);
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function renderMail(name: MailTemplate, locale: Locale, params: Record<string, string>): RenderedMail {
  const template: Template = TEMPLATES[name];
  const missing = template.params.filter((p) => params[p] === undefined);
  if (missing.length) throw new Error(`mail template ${name} needs ${missing.join(', ')}`);
  const fill = (s: string, escape: (v: string, key: string) => string) =>
    s.replace(/\{(\w+)\}/g, (_m, key: string) => escape(params[key] ?? '', key));
  // In HTML a `link` param becomes a clickable link.
  const html = (v: string, key: string) =>
    key === 'link' ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v);
  const paragraphs = template.body[locale];
  const footer =
    locale === 'zh-CN' ? '—— SixCan 国际技术路演平台' : '— SixCan, international technology roadshows';
  return {
    subject: fill(template.subject[locale], (v) => v),
    text: [...paragraphs.map((p) => fill(p, (v) => v)), '', footer].join('\n\n'),
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">${paragraphs
      .map((p) => `<p>${fill(p, html)}</p>`)
      .join('')}<p style="color:#888">${escapeHtml(footer)}</p></body></html>`,
  };
}

/** The category of a template (its e-mail preference and in-app grouping). */
export function categoryOf(name: MailTemplate): NotificationCategory {
  return (TEMPLATES[name] as Template).category;
}

/** The params of a template that stay in the e-mail only (tokens); the in-app text shows a hint instead. */
export function secretParamsOf(name: MailTemplate): readonly string[] {
  return (TEMPLATES[name] as Template).secret ?? [];
}

/** Every template name (for tests and documentation). */
export const MAIL_TEMPLATES = Object.keys(TEMPLATES) as MailTemplate[];

const SECRET_HINT: Record<Locale, string> = { en: '(sent by e-mail)', 'zh-CN': '（见邮件）' };

export interface RenderedNotification {
  title: string;
  body: string;
}

/**
 * A template as the in-app notification shows it: the e-mail's subject as title and its paragraphs without
 * the salutation as body (plain text, joined by blank lines); secret params read as a hint to the e-mail.
 */
export function renderNotification(
  name: MailTemplate,
  locale: Locale,
  params: Record<string, string>,
): RenderedNotification {
  const template: Template = TEMPLATES[name];
  const secret = new Set(template.secret ?? []);
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_m, key: string) =>
      secret.has(key) ? SECRET_HINT[locale] : (params[key] ?? ''),
    );
  return {
    title: fill(template.subject[locale]),
    body: template.body[locale].slice(1).map(fill).join('\n\n'),
  };
}
