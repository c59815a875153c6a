import { LOCALES } from '@sixcan/domain';
import { MANDATORY_CATEGORIES, NotificationCategory } from './notification-category';
import { categoryOf, MAIL_TEMPLATES, renderMail, renderNotification, secretParamsOf } from './templates';

describe('mail templates and their in-app form', () => {
  it('gives every template a category; account mail is SECURITY, which cannot be turned off', () => {
    for (const t of MAIL_TEMPLATES) expect(Object.values(NotificationCategory)).toContain(categoryOf(t));
    expect(categoryOf('identity.invitation')).toBe(NotificationCategory.SECURITY);
    expect(categoryOf('identity.password_reset')).toBe(NotificationCategory.SECURITY);
    expect(MANDATORY_CATEGORIES).toEqual([NotificationCategory.SECURITY]);
  });

  it('says in-app what the e-mail says, without the salutation, in both languages', () => {
    const params = { name: 'Anna', partner: 'Galaxy Capital', title: 'Battery', link: 'https://x.org/p/1' };
    for (const locale of LOCALES) {
      const mail = renderMail('matching.bid_received', locale, params);
      const note = renderNotification('matching.bid_received', locale, params);
      expect(note.title).toBe(mail.subject);
      expect(mail.text.startsWith(note.body.split('\n\n')[0] as string)).toBe(false); // the salutation comes first
      expect(mail.text).toContain(note.body.split('\n\n')[0] as string);
      expect(note.body).not.toContain('Anna');
    }
  });

  it('keeps token links out of the in-app text', () => {
    expect(secretParamsOf('identity.password_reset')).toEqual(['link']);
    expect(secretParamsOf('matching.bid_received')).toEqual([]);
    const note = renderNotification('identity.password_reset', 'zh-CN', {
      name: 'A',
      link: 'https://x/?token=t',
    });
    expect(note.body).toContain('（见邮件）');
    expect(note.body).not.toContain('token');
  });
});
