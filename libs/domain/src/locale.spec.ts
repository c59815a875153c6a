import { isLocale, resolveLocale } from './locale';
import { hasAnyRole, Role } from './roles';

describe('locale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW,zh;q=0.9', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('resolves %p to %p', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('accepts only supported locales', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });
});

describe('roles', () => {
  it('matches when any role is allowed', () => {
    expect(hasAnyRole({ roles: [Role.REVIEWER, Role.PARTNER] }, [Role.PARTNER])).toBe(true);
    expect(hasAnyRole({ roles: [Role.APPLICANT] }, [Role.ORGANIZER])).toBe(false);
    expect(hasAnyRole({ roles: [] }, [Role.ORGANIZER])).toBe(false);
  });
});
