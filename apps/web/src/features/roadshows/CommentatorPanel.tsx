import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, List, Rate, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  AddCommentaryDocument,
  CommentariesDocument,
  type CommentaryFieldsFragment,
  type LiveSlotFieldsFragment,
  type RoadshowLiveFieldsFragment,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { formatInstant, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { toRoadshowProblem } from './ui';

/** The six cans, then innovation: the dimensions of a critique. */
const DIMENSIONS = ['ATTEND', 'CONVERT', 'TRANSFER', 'TRADE', 'CROSS_BORDER', 'LAND', 'INNOVATION'] as const;
type Dimension = (typeof DIMENSIONS)[number];

type Values = { text?: string } & { [K in Dimension as `rating_${K}`]?: number } & {
  [K in Dimension as `note_${K}`]?: string;
};

/**
 * A commentator's console: a structured critique of the pitch on stage (or of an earlier one): a rating 1–5
 * and a note per six-can dimension and for innovation, and free text; and the critiques they wrote.
 */
export function CommentatorPanel({ live }: { live: RoadshowLiveFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<Values>();
  const [chosen, setChosen] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const [add, adding] = useMutation(AddCommentaryDocument);
  const commentaries = useQuery(CommentariesDocument, {
    variables: { roadshowId: live.roadshowId },
    fetchPolicy: 'cache-and-network',
  });
  const open = live.status === 'LIVE' || live.status === 'ENDED';
  const candidates = live.slots.filter((s) => s.status === 'ON_STAGE' || s.status === 'DONE');
  const fallback = live.currentSlot ?? candidates[candidates.length - 1];
  const slot: LiveSlotFieldsFragment | undefined = candidates.find((s) => s.id === chosen) ?? fallback;
  const notAssigned =
    commentaries.error && ['NOT_FOUND', 'FORBIDDEN'].includes(describeError(commentaries.error).code);
  const mine = [...(commentaries.data?.commentaries ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );

  const submit = async (values: Values) => {
    if (!slot) return;
    setProblem(undefined);
    setSaved(false);
    const entries = DIMENSIONS.map((dimension) => ({
      dimension,
      rating: values[`rating_${dimension}`] || null,
      note: values[`note_${dimension}`]?.trim() || null,
    })).filter((e) => e.rating !== null || e.note !== null);
    const text = values.text?.trim() || null;
    if (!entries.length && !text) {
      setProblem({ message: t('roadshows.live.commentator.empty') });
      return;
    }
    try {
      await add({ variables: { slotId: slot.id, input: { entries, text } } });
      form.resetFields();
      setSaved(true);
      void commentaries.refetch().catch(() => undefined);
    } catch (error) {
      setProblem(toRoadshowProblem(t, error));
    }
  };

  const slotLabel = (s: LiveSlotFieldsFragment) => `${s.order}. ${pickText(s.title, language)}`;

  return (
    <Card
      title={t('roadshows.live.commentator.title')}
      data-testid="commentator-panel"
      style={{ flex: '1 1 520px', minWidth: 0 }}
    >
      {notAssigned ? (
        <Alert type="info" showIcon message={t('roadshows.live.commentator.notAssigned')} />
      ) : (
        <Flex vertical gap={16}>
          {!open || !slot ? (
            <Typography.Text type="secondary">{t('roadshows.live.commentator.noSlot')}</Typography.Text>
          ) : (
            <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
              <Form.Item label={t('roadshows.live.commentator.slot')}>
                <Select
                  aria-label={t('roadshows.live.commentator.chooseSlot')}
                  value={slot.id}
                  onChange={(id: string) => {
                    setChosen(id);
                    setSaved(false);
                  }}
                  options={candidates.map((s) => ({ value: s.id, label: slotLabel(s) }))}
                />
              </Form.Item>
              <Flex vertical gap={4} style={{ marginBottom: 16 }}>
                {DIMENSIONS.map((dimension) => {
                  const name = t(`roadshows.dimension.${dimension}`);
                  return (
                    <Flex key={dimension} gap={12} align="center" wrap data-testid={`dimension-${dimension}`}>
                      <Typography.Text style={{ width: 120 }}>{name}</Typography.Text>
                      <Form.Item name={`rating_${dimension}`} noStyle>
                        <Rate
                          count={5}
                          allowClear
                          aria-label={t('roadshows.live.commentator.rating', { dimension: name })}
                        />
                      </Form.Item>
                      <Form.Item
                        name={`note_${dimension}`}
                        noStyle
                        rules={[{ max: 2000, message: t('roadshows.commentaryCode.NOTE_TOO_LONG') }]}
                      >
                        <Input
                          size="small"
                          maxLength={2000}
                          placeholder={t('roadshows.live.commentator.note', { dimension: name })}
                          aria-label={t('roadshows.live.commentator.note', { dimension: name })}
                          style={{ flex: '1 1 200px', minWidth: 160 }}
                        />
                      </Form.Item>
                    </Flex>
                  );
                })}
              </Flex>
              <Form.Item
                name="text"
                label={t('roadshows.live.commentator.text')}
                rules={[{ max: 10000, message: t('roadshows.commentaryCode.TEXT_TOO_LONG') }]}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
              </Form.Item>
              <Flex vertical gap={12}>
                <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
                {saved ? (
                  <Alert type="success" showIcon message={t('roadshows.live.commentator.saved')} />
                ) : null}
                <div>
                  <Button type="primary" htmlType="submit" loading={adding.loading}>
                    {t('roadshows.live.commentator.submit')}
                  </Button>
                </div>
              </Flex>
            </Form>
          )}
          <div>
            <Typography.Title level={5}>{t('roadshows.live.commentator.past')}</Typography.Title>
            <List
              size="small"
              loading={!commentaries.data && commentaries.loading}
              dataSource={mine}
              locale={{ emptyText: t('roadshows.live.commentator.none') }}
              renderItem={(c) => (
                <List.Item>
                  <Critique commentary={c} slotTitle={live.slots.find((s) => s.id === c.slotId)} />
                </List.Item>
              )}
            />
          </div>
        </Flex>
      )}
    </Card>
  );
}

/** One critique: the pitch, when, the rated dimensions with their notes, the free text (and its author). */
export function Critique({
  commentary,
  slotTitle,
  showAuthor = false,
}: {
  showAuthor?: boolean;
  commentary: CommentaryFieldsFragment;
  slotTitle?: LiveSlotFieldsFragment;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      <Space wrap size={6}>
        <Typography.Text strong>
          {slotTitle ? `${slotTitle.order}. ${pickText(slotTitle.title, language)}` : commentary.projectId}
        </Typography.Text>
        {showAuthor ? <Typography.Text>{commentary.authorName}</Typography.Text> : null}
        <Typography.Text type="secondary">{formatInstant(commentary.createdAt, language)}</Typography.Text>
      </Space>
      <Flex vertical gap={2}>
        {commentary.entries.map((entry) => (
          <Typography.Text key={entry.dimension} style={{ fontSize: 13 }}>
            <Tag style={{ marginInlineEnd: 6 }}>
              {t(`roadshows.dimension.${entry.dimension as Dimension}`, { defaultValue: entry.dimension })}
              {entry.rating ? ` ${entry.rating}/5` : ''}
            </Tag>
            {entry.note ?? ''}
          </Typography.Text>
        ))}
      </Flex>
      {commentary.text ? (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
          {commentary.text}
        </Typography.Paragraph>
      ) : null}
    </Flex>
  );
}
