import { useEffect, useState } from 'preact/hooks';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import { requestPersistentStorage } from '@/utils/storage/db';
import { classifyStorageError } from '@/utils/storage/errors';
import { useShellT } from '../i18n-shell';
import { RoundsServicesProvider } from '../rounds/RoundsServices';
import { realRoundsServices } from '../rounds/real-services';
import { HomeView } from './HomeView';
import { Loading } from './Loading';
import { lazyView } from './lazy-view';
import { SettingsProvider } from './settings-context';
import { type Route, routeHref, useHashRoute } from './useHashRoute';
import './app.css';

// Views other than the home load when opened, with what they alone need: every UI string (the
// home carries the shell's: useShellT), survey-core, the pack checker…
const SettingsView = lazyView(async () => ({
  default: (await import('./SettingsView')).SettingsView,
}));
const HelpView = lazyView(async () => ({ default: (await import('./HelpView')).HelpView }));
// survey-core (~1.4 MB) loads only once a review is opened.
const ReviewView = lazyView(() => import('../review/ReviewView'));
// The library checks pack files with survey-core too: loaded only when it is opened.
const LibraryView = lazyView(() => import('./library/LibraryView'));
// The secretary's rounds views, each loaded when opened.
const RoundsListView = lazyView(() => import('../rounds/secretary/RoundsListView'));
const CreateRoundView = lazyView(() => import('../rounds/secretary/CreateRoundView'));
const RoundView = lazyView(() => import('../rounds/secretary/RoundView'));
const RestoreView = lazyView(() => import('../rounds/secretary/RestoreView'));
const ReportView = lazyView(() => import('../rounds/report/ReportView'));
// The member's side of a round.
const JoinView = lazyView(() => import('../rounds/member/JoinView'));
const ContributeView = lazyView(() => import('../rounds/member/ContributeView'));
// The annual review as its paper form, printable and as a Word file.
const AnnualDocumentView = lazyView(() => import('../annual/AnnualDocumentView'));
// The member's own reviews over time.
const HistoryView = lazyView(() => import('../history/HistoryView'));
// The member's commitments: the list with its year view, and each month's check.
const CommitmentsView = lazyView(() => import('../commitments/CommitmentsView'));
const MonthCheckView = lazyView(() => import('../commitments/MonthCheckView'));

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
        <RouteView route={route} surface={props.surface} />
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
  const t = useShellT();
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
