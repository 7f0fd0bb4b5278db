import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import { requestPersistentStorage } from '@/utils/storage/db';
import { classifyStorageError } from '@/utils/storage/errors';
import { useT } from '../i18n';
import { RoundsServicesProvider } from '../rounds/RoundsServices';
import { realRoundsServices } from '../rounds/real-services';
import { HelpView } from './HelpView';
import { HomeView } from './HomeView';
import { SettingsView } from './SettingsView';
import { SettingsProvider } from './settings-context';
import { type Route, routeHref, useHashRoute } from './useHashRoute';
import './app.css';

// survey-core (~1.4 MB) loads only once a review is opened.
const ReviewView = lazy(() => import('../review/ReviewView'));
// The library checks pack files with survey-core too: loaded only when it is opened.
const LibraryView = lazy(() => import('./library/LibraryView'));
// The secretary's rounds views, each loaded when opened.
const RoundsListView = lazy(() => import('../rounds/secretary/RoundsListView'));
const CreateRoundView = lazy(() => import('../rounds/secretary/CreateRoundView'));
const RoundView = lazy(() => import('../rounds/secretary/RoundView'));
const RestoreView = lazy(() => import('../rounds/secretary/RestoreView'));
const ReportView = lazy(() => import('../rounds/report/ReportView'));
// The member's side of a round.
const JoinView = lazy(() => import('../rounds/member/JoinView'));
const ContributeView = lazy(() => import('../rounds/member/ContributeView'));
// The annual review as its paper form, printable and as a Word file.
const AnnualDocumentView = lazy(() => import('../annual/AnnualDocumentView'));
// The member's own reviews over time.
const HistoryView = lazy(() => import('../history/HistoryView'));
// The member's commitments: the list with its year view, and each month's check.
const CommitmentsView = lazy(() => import('../commitments/CommitmentsView'));
const MonthCheckView = lazy(() => import('../commitments/MonthCheckView'));

export type Surface = 'page' | 'sidepanel';

export function App(props: { surface: Surface }) {
  return (
    <SettingsProvider fallback={<Loading />}>
      <RoundsServicesProvider services={realRoundsServices}>
        <Shell surface={props.surface} />
      </RoundsServicesProvider>
    </SettingsProvider>
  );
}

function Shell(props: { surface: Surface }) {
  const route = useHashRoute();
  const [setupError, setSetupError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    void requestPersistentStorage();
    ensureBuiltinPacks().then(() => setReady(true), setSetupError);
  }, []);

  return (
    <div class={`shell shell--${props.surface}`}>
      {setupError ? (
        <SetupErrorNotice error={setupError} />
      ) : !ready ? (
        <Loading />
      ) : (
        <Suspense fallback={<Loading />}>
          <RouteView route={route} surface={props.surface} />
        </Suspense>
      )}
    </div>
  );
}

function RouteView(props: { route: Route; surface: Surface }) {
  const { route } = props;
  switch (route.name) {
    case 'review':
      return <ReviewView key={route.responseId} responseId={route.responseId} />;
    case 'start':
      return <ReviewView key={routeHref(route)} start={route} />;
    case 'settings':
      return <SettingsView />;
    case 'help':
      return <HelpView />;
    case 'library':
      return <LibraryView />;
    case 'rounds':
      return <RoundsListView />;
    case 'round-new':
      return <CreateRoundView />;
    case 'round-restore':
      return <RestoreView />;
    case 'round':
      return <RoundView key={route.roundId} roundId={route.roundId} />;
    case 'round-report':
      return <ReportView key={route.roundId} roundId={route.roundId} />;
    case 'join':
      return <JoinView />;
    case 'contribute':
      return <ContributeView key={route.responseId} responseId={route.responseId} />;
    case 'document':
      return <AnnualDocumentView key={route.responseId} responseId={route.responseId} />;
    case 'history':
      return <HistoryView />;
    case 'commitments':
      return <CommitmentsView />;
    case 'commitments-now':
      return <CommitmentsView openThisMonth />;
    case 'commitment-month':
      return (
        <MonthCheckView
          key={`${route.registrationId}/${route.month}`}
          registrationId={route.registrationId}
          month={route.month}
        />
      );
    default:
      return <HomeView surface={props.surface} />;
  }
}

/** Nothing of the member's is unsaved here: the way out is to reload once storage works. */
function SetupErrorNotice(props: { error: unknown }) {
  const t = useT();
  const kind = classifyStorageError(props.error);
  return (
    <div class="notice notice--error" role="alert">
      <p>{kind === 'unavailable' ? t('storage.error.unavailable') : t(`app.setupError.${kind}`)}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

function Loading() {
  const t = useT();
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
