import { Locale } from '@sixcan/domain';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Template {
  subject: Record<Locale, string>;
  /** Paragraphs; `{name}` placeholders are filled from params. */
  body: Record<Locale, string[]>;
  /** Params that must be present. */
  params: string[];
}

const TEMPLATES = {
  'system.test': {
    subject: { en: 'SixCan test message', 'zh-CN': 'SixCan 测试邮件' },
    body: {
      en: ['Hello {name},', 'This message confirms that e-mail delivery from SixCan works.'],
      'zh-CN': ['{name}，您好：', '这封邮件确认 SixCan 的邮件发送功能正常。'],
    },
    params: ['name'],
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
  const fill = (s: string, escape: (v: string) => string) =>
    s.replace(/\{(\w+)\}/g, (_m, key: string) => escape(params[key] ?? ''));
  const paragraphs = template.body[locale];
  const footer =
    locale === 'zh-CN' ? '—— SixCan 国际技术路演平台' : '— SixCan, international technology roadshows';
  return {
    subject: fill(template.subject[locale], (v) => v),
    text: [...paragraphs.map((p) => fill(p, (v) => v)), '', footer].join('\n\n'),
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">${paragraphs
      .map((p) => `<p>${fill(p, escapeHtml)}</p>`)
      .join('')}<p style="color:#888">${escapeHtml(footer)}</p></body></html>`,
  };
}
