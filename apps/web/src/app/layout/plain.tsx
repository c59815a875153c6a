import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/*
 * Plain elements styled with antd's tokens for what the shell and the first screen after login show: antd's
 * Card brings Tabs and Skeleton, and Typography brings TextArea, Tooltip and copy-to-clipboard, none of which
 * these screens use. They look like `Card`, `Typography.Title`, `Typography.Paragraph` and `Typography.Text`.
 */

interface PanelProps {
  title?: ReactNode;
  children?: ReactNode;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** A bordered card with an optional title row (antd `Card`'s look). */
export function Panel({ title, children, style, 'data-testid': testId }: PanelProps) {
  const { token } = theme.useToken();
  return (
    <div
      data-testid={testId}
      style={{
        position: 'relative',
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        color: token.colorText,
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        ...style,
      }}
    >
      {title ? (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            minHeight: token.fontSizeLG * token.lineHeightLG + token.padding * 2,
            padding: `0 ${token.paddingLG}px`,
            color: token.colorTextHeading,
            fontWeight: token.fontWeightStrong,
            fontSize: token.fontSizeLG,
            marginBottom: -1,
            borderBottom: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          }}
        >
          <div style={{ flex: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
            {title}
          </div>
        </div>
      ) : null}
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </div>
  );
}

interface HeadingProps {
  level: 3 | 4;
  children: ReactNode;
  style?: CSSProperties;
}

/** `<h3>`/`<h4>` as antd's `Typography.Title` draws them. */
export function Heading({ level, children, style }: HeadingProps) {
  const { token } = theme.useToken();
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag
      style={{
        marginBottom: '0.5em',
        color: token.colorTextHeading,
        fontWeight: token.fontWeightStrong,
        fontSize: level === 3 ? token.fontSizeHeading3 : token.fontSizeHeading4,
        lineHeight: level === 3 ? token.lineHeightHeading3 : token.lineHeightHeading4,
        wordBreak: 'break-word',
        ...style,
      }}
    >
      {children}
    </Tag>
  );
}

interface TextProps {
  children: ReactNode;
  /** Secondary (grey) text. */
  secondary?: boolean;
  strong?: boolean;
  style?: CSSProperties;
}

/** A paragraph as antd's `Typography.Paragraph` draws it. */
export function Paragraph({ children, secondary, strong, style }: TextProps) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        marginBottom: '1em',
        color: secondary ? token.colorTextDescription : token.colorText,
        fontWeight: strong ? token.fontWeightStrong : undefined,
        wordBreak: 'break-word',
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** Inline text as antd's `Typography.Text` draws it. */
export function Text({ children, secondary, strong, style }: TextProps) {
  const { token } = theme.useToken();
  return (
    <span
      style={{
        color: secondary ? token.colorTextDescription : token.colorText,
        fontWeight: strong ? token.fontWeightStrong : undefined,
        wordBreak: 'break-word',
        ...style,
      }}
    >
      {children}
    </span>
  );
}
