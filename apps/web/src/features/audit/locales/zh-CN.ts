import type { auditEn } from './en';

/** Empty at run time, like auditEn: the audit pages register strings.zh-CN.ts (see ../strings.ts). */
export const auditZh = {} as typeof auditEn;
