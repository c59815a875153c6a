import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RedirectIfSignedIn, RequireAuth, RequireRole } from '../features/identity/guards';
import { RoadshowHome, RoadshowLinkGate } from '../features/roadshows/RoadshowEntry';
import { AppLayout } from './layout/AppLayout';
import { RouteFallback } from './layout/RouteFallback';
import { paths } from './paths';

// Every page is its own chunk: the first screen loads the shell and the page it shows, nothing more.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const SystemStatusPage = lazy(() => import('../features/system/SystemStatusPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const LogInPage = lazy(() => import('../features/identity/LogInPage'));
const SignUpPage = lazy(() => import('../features/identity/SignUpPage'));
const ProfilePage = lazy(() => import('../features/identity/ProfilePage'));
const ReviewerHomePage = lazy(() => import('../features/review/ReviewerHomePage'));
const MembersPage = lazy(() => import('../features/members/MembersPage'));
const AcceptInvitationPage = lazy(() => import('../features/identity/AcceptInvitationPage'));
const ForgotPasswordPage = lazy(() => import('../features/identity/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/identity/ResetPasswordPage'));
const OpenCallsPage = lazy(() => import('../features/call/OpenCallsPage'));
const OpenCallPage = lazy(() => import('../features/call/OpenCallPage'));
const ApplyPage = lazy(() => import('../features/call/ApplyPage'));
const ProgrammesPage = lazy(() => import('../features/programmes/ProgrammesPage'));
const ProgrammeFormPage = lazy(() => import('../features/programmes/ProgrammeFormPage'));
const ProgrammePage = lazy(() => import('../features/programmes/ProgrammePage'));
const ChannelsPage = lazy(() => import('../features/programmes/ChannelsPage'));
const MyProjectsPage = lazy(() => import('../features/projects/MyProjectsPage'));
const ProjectWizardPage = lazy(() => import('../features/projects/ProjectWizardPage'));
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const ReviewAssignmentPage = lazy(() => import('../features/screening/ReviewAssignmentPage'));
const ReviewersPage = lazy(() => import('../features/screening/ReviewersPage'));
const RoundPage = lazy(() => import('../features/screening/RoundPage'));
const PartnerHomePage = lazy(() => import('../features/matching/PartnerHomePage'));
const MarketProjectPage = lazy(() => import('../features/matching/MarketProjectPage'));
const PipelinePage = lazy(() => import('../features/matching/PipelinePage'));
const DealPage = lazy(() => import('../features/matching/DealPage'));
const AgreementsPage = lazy(() => import('../features/matching/AgreementsPage'));
const CeremonyPage = lazy(() => import('../features/matching/CeremonyPage'));
const RoadshowsPage = lazy(() => import('../features/roadshows/RoadshowsPage'));
const LiveConsolePage = lazy(() => import('../features/roadshows/LiveConsolePage'));
const PublicSchedulePage = lazy(() => import('../features/roadshows/PublicSchedulePage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const WebhooksPage = lazy(() => import('../features/notifications/WebhooksPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<RouteFallback />}>
      <Routes>
        {/* Public pages. */}
        <Route element={<RedirectIfSignedIn />}>
          <Route path={paths.logIn} element={<LogInPage />} />
          <Route path={paths.signUp} element={<SignUpPage />} />
        </Route>
        <Route path={paths.acceptInvitation} element={<AcceptInvitationPage />} />
        <Route path={paths.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={paths.resetPassword} element={<ResetPasswordPage />} />
        <Route path={paths.openCalls} element={<OpenCallsPage />} />
        <Route path="/call/:id" element={<OpenCallPage />} />
        <Route path="/call/:id/apply" element={<ApplyPage />} />
        <Route path="/roadshow/:id" element={<PublicSchedulePage />} />
        {/* The invitations' link: visitors who are not signed in get the public schedule. */}
        <Route path="/roadshows/:id" element={<RoadshowLinkGate />}>
          <Route element={<AppLayout />}>
            <Route index element={<RoadshowHome />} />
          </Route>
        </Route>
        {/* Everything else needs a session. */}
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route path={paths.overview} element={<OverviewPage />} />
            <Route path={paths.systemStatus} element={<SystemStatusPage />} />
            <Route path={paths.profile} element={<ProfilePage />} />
            <Route path={paths.notifications} element={<NotificationsPage />} />
            <Route element={<RequireRole anyOf={['REVIEWER']} />}>
              <Route path={paths.review} element={<ReviewerHomePage />} />
              <Route path="/review/assignments/:id" element={<ReviewAssignmentPage />} />
            </Route>
            <Route element={<RequireRole anyOf={['ORGANIZER']} />}>
              <Route path={paths.members} element={<MembersPage />} />
              <Route path={paths.newProgramme} element={<ProgrammeFormPage />} />
              <Route path="/programmes/:id/edit" element={<ProgrammeFormPage />} />
              <Route path={paths.reviewers} element={<ReviewersPage />} />
              <Route path="/programmes/:programmeId/rounds/:roundId" element={<RoundPage />} />
              <Route path={paths.agreements} element={<AgreementsPage />} />
              <Route path="/ceremonies/:id" element={<CeremonyPage />} />
              <Route path={paths.roadshows} element={<RoadshowsPage />} />
              <Route path={paths.audit} element={<AuditPage />} />
              <Route path={paths.webhooks} element={<WebhooksPage />} />
            </Route>
            <Route element={<RequireRole anyOf={['ORGANIZER', 'PARTNER', 'COMMENTATOR']} />}>
              <Route path="/roadshows/:id/live" element={<LiveConsolePage />} />
            </Route>
            <Route element={<RequireRole anyOf={['PARTNER']} />}>
              <Route path={paths.partnerHome} element={<PartnerHomePage />} />
            </Route>
            <Route element={<RequireRole anyOf={['PARTNER', 'ORGANIZER']} />}>
              <Route path="/market/projects/:id" element={<MarketProjectPage />} />
              <Route path={paths.pipeline} element={<PipelinePage />} />
              <Route path="/deals/:id" element={<DealPage />} />
            </Route>
            <Route element={<RequireRole anyOf={['ORGANIZER', 'CHANNEL']} />}>
              <Route path={paths.programmes} element={<ProgrammesPage />} />
              <Route path="/programmes/:id" element={<ProgrammePage />} />
              <Route path={paths.channels} element={<ChannelsPage />} />
            </Route>
            <Route element={<RequireRole anyOf={['APPLICANT', 'ORGANIZER', 'CHANNEL']} />}>
              <Route path={paths.myProjects} element={<MyProjectsPage />} />
              <Route path="/programmes/:programmeId/projects/new" element={<ProjectWizardPage />} />
              <Route path="/projects/:id" element={<ProjectPage />} />
              <Route path="/projects/:id/edit" element={<ProjectWizardPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
