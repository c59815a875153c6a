import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, List, Result, Skeleton, Steps, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  ApplicantProgrammeDocument,
  ApplicantProjectDocument,
  CreateProjectDocument,
  SubmitProjectDocument,
  UpdateProjectDocument,
  type ApplicantProgrammeFieldsFragment,
  type ApplicantProjectFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage, type ApiProblem } from '../identity/errors';
import { QueryError } from '../members/QueryError';
import { useCanLabel, useUserTimeZone } from './cans';
import { formatWithZone, pickText } from './format';
import { ProjectDetails } from './ProjectDetails';
import {
  fieldLabel,
  inputOf,
  problemText,
  REVIEW_STEP,
  STEP_KEYS,
  targetOf,
  valuesOf,
  type WizardValues,
} from './wizard-model';
import { BasicsStep, CansStep, DeckStep, TeamStep, TechnologyStep } from './WizardSteps';

/** The project wizard: a new project in a programme, or an existing one (`/projects/:id/edit?step=`). */
export default function ProjectWizardPage() {
  const { id, programmeId: newIn } = useParams();
  const { t } = useTranslation();
  const projectQuery = useQuery(ApplicantProjectDocument, { variables: { id: id ?? '' }, skip: !id });
  const project = id ? projectQuery.data?.project : undefined;
  const programmeId = id ? project?.programmeId : newIn;
  const programmeQuery = useQuery(ApplicantProgrammeDocument, {
    variables: { id: programmeId ?? '' },
    skip: !programmeId,
  });
  const programme = programmeQuery.data?.programme;
  const title = id ? t('projects.wizard.editTitle') : t('projects.wizard.newTitle');

  const error = (id ? projectQuery.error : undefined) ?? programmeQuery.error;
  if (error && !(programme && (project || !id))) {
    const code = describeError(error).code;
    return (
      <>
        <PageHeader title={title} />
        {code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
          <Result
            status="404"
            title={t('projects.page.notFoundTitle')}
            subTitle={t('projects.page.notFoundBody')}
            extra={<MyProjectsLink />}
          />
        ) : (
          <QueryError
            error={error}
            onRetry={() =>
              void Promise.all([id ? projectQuery.refetch() : undefined, programmeQuery.refetch()])
            }
          />
        )}
      </>
    );
  }
  if (!programme || (id && !project))
    return (
      <>
        <PageHeader title={title} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );

  const editable =
    !project ||
    project.status === 'DRAFT' ||
    (project.status === 'SUBMITTED' && programme.acceptingSubmissions);
  if (!editable || (!project && !programme.acceptingSubmissions))
    return (
      <>
        <PageHeader title={title} />
        <Card>
          <Result
            status="info"
            title={project ? t('projects.wizard.cannotEditTitle') : t('projects.wizard.callClosedTitle')}
            subTitle={project ? t('projects.wizard.cannotEditBody') : t('projects.wizard.callClosedBody')}
            extra={
              project ? (
                <Link to={paths.project(project.id)}>
                  <Button type="primary">{t('projects.wizard.viewProject')}</Button>
                </Link>
              ) : (
                <MyProjectsLink />
              )
            }
          />
        </Card>
      </>
    );
  return (
    <Wizard
      key={project?.id ?? 'new'}
      title={title}
      programme={programme}
      project={project}
      onReload={() => void projectQuery.refetch()}
    />
  );
}

function MyProjectsLink() {
  const { t } = useTranslation();
  return (
    <Link to={paths.myProjects}>
      <Button type="primary">{t('projects.wizard.toMyProjects')}</Button>
    </Link>
  );
}

interface WizardProps {
  title: string;
  programme: ApplicantProgrammeFieldsFragment;
  project: ApplicantProjectFieldsFragment | undefined;
  onReload: () => void;
}

function Wizard({ title, programme, project, onReload }: WizardProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const canLabel = useCanLabel();
  const userZone = useUserTimeZone();
  const [search, setSearch] = useSearchParams();
  const [form] = Form.useForm<WizardValues>();
  const [createProject] = useMutation(CreateProjectDocument);
  const [updateProject] = useMutation(UpdateProjectDocument);
  const [submitProject, { loading: submitting }] = useMutation(SubmitProjectDocument);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string>();
  const [pageError, setPageError] = useState<{ message: string; stale?: boolean }>();
  const version = useRef(project?.version);
  const saveChain = useRef<Promise<unknown>>(Promise.resolve());

  const initialValues = useMemo<WizardValues>(
    () =>
      project
        ? valuesOf(project, userZone, programme.currency)
        : {
            presenterTimeZone: userZone,
            fundingAsk: { currency: programme.currency },
            cooperationModes: [],
            availability: [],
          },
    // Only when the wizard opens: afterwards the form holds what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const requested = Number(search.get('step') ?? 0);
  const step =
    project && Number.isInteger(requested) && requested >= 0 && requested <= REVIEW_STEP ? requested : 0;
  const goTo = useCallback(
    (next: number) => {
      setSearch((params) => {
        const copy = new URLSearchParams(params);
        copy.set('step', String(next));
        return copy;
      });
      window.scrollTo({ top: 0 });
    },
    [setSearch],
  );

  /** Puts VALIDATION problems on their fields (translated) and returns the first step that has one. */
  const showProblems = (problem: ApiProblem): number | undefined => {
    let first: number | undefined;
    const fields = problem.fields.flatMap((f) => {
      const target = targetOf(f.field);
      first = first === undefined ? target.step : Math.min(first, target.step);
      return target.names.map((name) => ({ name, errors: [problemText(t, f.field, f.message)] }));
    });
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    return first;
  };

  const handleError = (error: unknown): number | undefined => {
    const problem = describeError(error);
    if (problem.code === 'VALIDATION' && problem.fields.length) {
      setPageError({ message: problemMessage(t, problem) });
      return showProblems(problem);
    }
    if (problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
      setPageError({ message: t('projects.wizard.staleTitle'), stale: true });
      return undefined;
    }
    if (problem.code === 'CONFLICT' && problem.reason === 'WINDOW_CLOSED') {
      setPageError({ message: t('projects.wizard.windowClosed') });
      return undefined;
    }
    if (problem.code === 'CONFLICT' && problem.reason === 'WINDOW_NOT_OPEN') {
      setPageError({ message: t('projects.wizard.windowNotOpen') });
      return undefined;
    }
    setPageError({ message: problemMessage(t, problem) });
    return undefined;
  };

  /** Saves the whole form (create or update); resolves with the saved project, or undefined when it failed. */
  const save = (): Promise<ApplicantProjectFieldsFragment | undefined> => {
    const run = async () => {
      setPageError(undefined);
      try {
        await form.validateFields();
      } catch (failure) {
        const errorFields = (failure as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
        const steps = errorFields.map((f) => targetOf(f.name.join('.')).step);
        if (steps.length) goTo(Math.min(...steps));
        return undefined;
      }
      const input = inputOf(form.getFieldsValue(true) as WizardValues, userZone);
      setSaving(true);
      try {
        if (!project) {
          const { data } = await createProject({ variables: { programmeId: programme.id, input } });
          if (!data) return undefined;
          version.current = data.createProject.version;
          setSavedAt(new Date().toISOString());
          return data.createProject;
        }
        const { data } = await updateProject({
          variables: { id: project.id, input, expectedVersion: version.current ?? null },
        });
        if (!data) return undefined;
        version.current = data.updateProject.version;
        setSavedAt(new Date().toISOString());
        return data.updateProject;
      } catch (error) {
        const at = handleError(error);
        if (at !== undefined && at !== step) goTo(at);
        return undefined;
      } finally {
        setSaving(false);
      }
    };
    // One save at a time, so each carries the version the previous one produced.
    const next = saveChain.current.then(run, run);
    saveChain.current = next;
    return next;
  };

  const moveTo = async (next: number) => {
    if (next === step) return;
    const saved = await save();
    if (!saved) return;
    if (!project) {
      void navigate(`${paths.editProject(saved.id)}?step=${Math.max(next, 1)}`, { replace: true });
      return;
    }
    goTo(next);
  };

  const submit = async () => {
    if (!project) return;
    setPageError(undefined);
    if (project.status === 'SUBMITTED') {
      void navigate(paths.project(project.id));
      return;
    }
    try {
      await submitProject({ variables: { id: project.id } });
      void navigate(paths.project(project.id));
    } catch (error) {
      onReload();
      handleError(error);
    }
  };

  const stepTitles = STEP_KEYS.map((key) => t(`projects.wizard.steps.${key}`));
  const isSubmitted = project?.status === 'SUBMITTED';
  const missing = project?.missingForSubmission ?? [];
  const deadline = formatWithZone(programme.closesAt, language, userZone);

  return (
    <>
      <PageHeader
        title={title}
        intro={t('projects.wizard.forCall', { call: pickText(programme.title, language) })}
        extra={
          <Typography.Text type="secondary" data-testid="save-state">
            {saving
              ? t('projects.wizard.saving')
              : savedAt
                ? t('projects.wizard.savedAt', {
                    time: new Date(savedAt).toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN', {
                      hour: '2-digit',
                      minute: '2-digit',
                    }),
                  })
                : t('projects.wizard.deadline', { time: deadline })}
          </Typography.Text>
        }
      />
      <Card>
        <Steps
          size="small"
          labelPlacement="vertical"
          current={step}
          onChange={(next) => void moveTo(next)}
          items={stepTitles.map((stepTitle, index) => ({
            title: stepTitle,
            disabled: !project && index > 0,
          }))}
          style={{ marginBottom: 24 }}
        />
        {pageError ? (
          <Alert
            type={pageError.stale ? 'warning' : 'error'}
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            message={pageError.message}
            description={pageError.stale ? t('projects.wizard.staleBody') : undefined}
            action={
              pageError.stale ? (
                <Button size="small" onClick={() => window.location.reload()}>
                  {t('projects.wizard.reload')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        <Form<WizardValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          disabled={saving || submitting}
          onFinish={() => void moveTo(step + 1)}
        >
          <section hidden={step !== 0} aria-label={stepTitles[0]}>
            <BasicsStep programme={programme} />
          </section>
          <section hidden={step !== 1} aria-label={stepTitles[1]}>
            <TechnologyStep programme={programme} />
          </section>
          <section hidden={step !== 2} aria-label={stepTitles[2]}>
            <TeamStep fallbackZone={userZone} />
          </section>
          <section hidden={step !== 3} aria-label={stepTitles[3]}>
            <CansStep programme={programme} />
          </section>
          <section hidden={step !== 4} aria-label={stepTitles[4]}>
            <DeckStep onChanged={() => void save()} disabled={saving || submitting} />
          </section>
        </Form>
        {step === REVIEW_STEP && project ? (
          <section aria-label={stepTitles[REVIEW_STEP]}>
            <Typography.Paragraph type="secondary">{t('projects.wizard.reviewIntro')}</Typography.Paragraph>
            <Card
              size="small"
              title={t('projects.wizard.checklistTitle')}
              style={{ marginBottom: 16 }}
              data-testid="submission-checklist"
            >
              {missing.length === 0 ? (
                <Typography.Text type="success">
                  <CheckCircleOutlined /> {t('projects.wizard.checklistDone')}
                </Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={missing}
                  renderItem={(problem) => {
                    const target = targetOf(problem.field);
                    return (
                      <List.Item
                        actions={[
                          <Button
                            key="fix"
                            type="link"
                            size="small"
                            onClick={() => {
                              showProblems({ code: 'VALIDATION', fields: [problem], message: '' });
                              goTo(target.step);
                            }}
                          >
                            {t('projects.wizard.fix', { step: stepTitles[target.step] })}
                          </Button>,
                        ]}
                      >
                        <span>
                          <ExclamationCircleOutlined style={{ color: '#d48806' }} />{' '}
                          <strong>
                            {t('projects.common.labelled', { label: fieldLabel(t, problem.field, canLabel) })}
                          </strong>
                          {problemText(t, problem.field, problem.message)}
                        </span>
                      </List.Item>
                    );
                  }}
                />
              )}
            </Card>
            <ProjectDetails project={project} mandatoryCans={programme.mandatoryCans} timeZone={userZone} />
          </section>
        ) : null}
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginTop: 24 }}>
          <Button disabled={step === 0 || saving || submitting} onClick={() => void moveTo(step - 1)}>
            {t('projects.wizard.previous')}
          </Button>
          <Flex gap={8} align="center" wrap>
            {step < REVIEW_STEP ? (
              <>
                {project ? (
                  <Button disabled={saving} onClick={() => void save()}>
                    {isSubmitted ? t('projects.wizard.saveChanges') : t('projects.wizard.saveDraft')}
                  </Button>
                ) : null}
                <Button type="primary" loading={saving} onClick={() => void moveTo(step + 1)}>
                  {t('projects.wizard.next')}
                </Button>
              </>
            ) : (
              <>
                <Typography.Text type="secondary">
                  {t('projects.wizard.deadline', { time: deadline })}
                </Typography.Text>
                <Button
                  type="primary"
                  loading={submitting}
                  disabled={!programme.acceptingSubmissions || (!isSubmitted && missing.length > 0)}
                  onClick={() => void submit()}
                >
                  {isSubmitted ? t('projects.wizard.saveChanges') : t('projects.wizard.submit')}
                </Button>
              </>
            )}
          </Flex>
        </Flex>
      </Card>
    </>
  );
}
