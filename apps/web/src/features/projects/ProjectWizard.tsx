import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Steps, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  CreateProjectDocument,
  SubmitProjectDocument,
  UpdateProjectDocument,
  type ApplicantProgrammeFieldsFragment,
  type ApplicantProjectFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage, type ApiProblem } from '../identity/errors';
import { useUserTimeZone } from './cans';
import { formatWithZone, pickText } from './format';
import { ReviewStep } from './ReviewStep';
import {
  inputOf,
  problemText,
  REVIEW_STEP,
  STEP_KEYS,
  targetOf,
  valuesOf,
  type WizardValues,
} from './wizard-model';
import { BasicsStep, CansStep, DeckStep, TeamStep, TechnologyStep } from './WizardSteps';

interface WizardProps {
  title: string;
  programme: ApplicantProgrammeFieldsFragment;
  project: ApplicantProjectFieldsFragment | undefined;
  onReload: () => void;
}

export function ProjectWizard({ title, programme, project, onReload }: WizardProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
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
          <ReviewStep
            programme={programme}
            project={project}
            missing={missing}
            stepTitles={stepTitles}
            userZone={userZone}
            showProblems={showProblems}
            goTo={goTo}
          />
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
