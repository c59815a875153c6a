import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { isLocale, Locale } from '@sixcan/domain';
import {
  Connection,
  InAppNotification,
  isMailTemplate,
  NotificationCategory,
  PageArgs,
  renderNotification,
} from '@sixcan/server-core';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import '../graphql-enums';

@ObjectType('Notification', {
  description:
    'An in-app notification of the signed-in user: the copy of an e-mail the platform sent (or held back by the user’s preference), in the reader’s language.',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field({ description: 'The e-mail template, e.g. `matching.bid_received`.' })
  template!: string;

  @Field({ description: 'The e-mail’s subject.' })
  title!: string;

  @Field({
    description: 'The e-mail’s text without the salutation: plain text, paragraphs separated by blank lines.',
  })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where to open it: a path of the web app (e.g. `/projects/<id>`), or null.',
  })
  link!: string | null;

  @Field(() => String, { nullable: true, description: 'The type of the object it is about, e.g. `Project`.' })
  objectType!: string | null;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field({ description: 'False when the user’s preference held the e-mail back.' })
  emailed!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}

/**
 * The notification in the reader's language: the params given for that language when the sender had them,
 * else the whole text in the e-mail's language (never a mix of both).
 */
export function toNotificationModel(n: InAppNotification, reader: Locale): NotificationModel {
  const locale: Locale = n.params[reader] ? reader : n.locale;
  const text = isMailTemplate(n.template)
    ? renderNotification(n.template, locale, n.params[locale] ?? {})
    : { title: n.template, body: '' };
  return {
    id: n.id,
    category: n.category,
    template: n.template,
    title: text.title,
    body: text.body,
    link: n.link,
    objectType: n.objectType,
    objectId: n.objectId,
    emailed: n.emailed,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

export const READER_LOCALES: Locale[] = ['zh-CN', 'en'];

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language to render in (`zh-CN` or `en`); the user’s stored language when absent.',
  })
  @IsOptional()
  @IsIn(READER_LOCALES, { message: 'locale must be zh-CN or en' })
  locale?: string | null;
}

export const readerLocale = (given: string | null | undefined, stored: Locale | undefined): Locale =>
  given && isLocale(given) ? given : (stored ?? 'zh-CN');

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications (at most 200).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification in this organisation.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The language of the returned notifications.' })
  @IsOptional()
  @IsIn(READER_LOCALES, { message: 'locale must be zh-CN or en' })
  locale?: string | null;
}

@ObjectType('MarkNotificationsReadPayload')
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  markedCount!: number;

  @Field(() => Int, { description: 'The unread count afterwards.' })
  unreadCount!: number;

  @Field(() => [NotificationModel], { description: 'The notifications named by `ids`, as they are now.' })
  notifications!: NotificationModel[];
}
