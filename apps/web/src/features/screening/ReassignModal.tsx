import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReassignReviewDocument, ReviewerProfilesDocument } from '../../gql/graphql';
import { ProblemAlert, toProblem, type Problem } from './ui';

/** Moves one review to another reviewer; the server checks conflicts, duplicates and loads. */
export function ReassignModal({
  assignmentId,
  title,
  onClose,
  onDone,
}: {
  assignmentId: string | undefined;
  title: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [reviewer, setReviewer] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const { data, loading } = useQuery(ReviewerProfilesDocument, {
    variables: { first: 50, search: search || null },
    skip: !assignmentId,
  });
  const [reassign, reassigning] = useMutation(ReassignReviewDocument);
  const submit = async () => {
    if (!assignmentId || !reviewer) return;
    setProblem(undefined);
    try {
      await reassign({ variables: { assignmentId, reviewerProfileId: reviewer } });
      setReviewer(undefined);
      onDone();
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };
  return (
    <Modal
      open={Boolean(assignmentId)}
      title={`${t('screening.progress.reassign')} · ${title}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: !reviewer }}
      confirmLoading={reassigning.loading}
      okText={t('screening.progress.reassign')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('screening.conflicts.form.reviewer')}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={loading}
            value={reviewer}
            onChange={setReviewer}
            aria-label={t('screening.conflicts.form.reviewer')}
            options={(data?.reviewerProfiles.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.displayName} · ${node.affiliation ?? node.email} (${node.activeAssignments}/${node.maxLoad})`,
            }))}
          />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
    </Modal>
  );
}
