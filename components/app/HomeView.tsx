import { useCallback, useEffect, useState } from 'preact/hooks';
// The list alone: the index would also bring the validation pipeline and survey-core.
import { listLibrary } from '@/utils/library/list';
import { BUILTIN_PACK_ORDER } from '@/utils/packs/builtin';
import { listReviewSummaries, type ReviewSummary } from '@/utils/reviews/summaries';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import type { InstalledPack } from '@/utils/storage/types';
import { useShellT } from '../i18n-shell';
import { InvitationCard } from '../rounds/member/InvitationCard';
import { useRoundsServices } from '../rounds/RoundsServices';
import type { Surface } from './App';
import { FirstRunNotices } from './FirstRunNotices';
import { PackLibrary } from './PackLibrary';
import { ReviewList } from './ReviewList';
import { StorageErrorNotice } from './StorageErrorNotice';
import { useDocumentTitle } from './useDocumentTitle';
import { routeHref } from './useHashRoute';
import { ViewHeading } from './ViewHeading';

export function HomeView(props: { surface: Surface }) {
  const t = useShellT();
  const [packs, setPacks] = useState<InstalledPack[] | null>(null);
  const [reviews, setReviews] = useState<ReviewSummary[] | null>(null);
  const [rounds, setRounds] = useState<ReadonlyMap<string, MemberRoundLabel>>(new Map());
  const { memberRoundLabels } = useRoundsServices();
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle();

  const reload = useCallback(() => {
    Promise.all([listLibrary(), listReviewSummaries(), memberRoundLabels()]).then(
      ([library, summaries, labels]) => {
        setPacks(newestVersions(library.packs));
        setReviews(summaries);
        setRounds(labels);
      },
      setError,
    );
  }, [memberRoundLabels]);
  useEffect(reload, [reload]);

  return (
    <>
      <header class="topbar">
        <ViewHeading class="topbar__title">
          <img src="/icon/icon.svg" alt="" width={32} height={32} />
          {t('common.appName')}
        </ViewHeading>
        <nav class="topbar__nav">
          {props.surface === 'sidepanel' && (
            <a class="link" href="/app.html" target="_blank" rel="noopener">
              {t('app.openFullPage')}
            </a>
          )}
          <a class="link" href="#/history">
            {t('history.homeLink')}
          </a>
          <a class="link" href="#/commitments">
            {t('commitments.homeLink')}
          </a>
          <a class="link" href={routeHref({ name: 'help' })}>
            {t('help.link')}
          </a>
          <a class="link" href="#/library">
            {t('library.manage')}
          </a>
          <a class="link" href="#/rounds">
            {t('rounds.secretary.homeLink')}
          </a>
          <a class="link" href="#/settings">
            {t('app.settings')}
          </a>
        </nav>
      </header>
      <main class="home">
        <FirstRunNotices />
        {error ? <StorageErrorNotice error={error} /> : null}
        {reviews && <ReviewList reviews={reviews} rounds={rounds} onChanged={reload} />}
        <InvitationCard />
        {packs && reviews && <PackLibrary packs={packs} reviews={reviews} />}
      </main>
    </>
  );
}

/**
 * New reviews start on the newest version of each pack only; older versions stay installed for
 * the reviews made on them (listLibrary orders each id's versions newest first).
 */
function newestVersions(packs: readonly InstalledPack[]): InstalledPack[] {
  return packs
    .filter((installed, index) => packs[index - 1]?.id !== installed.id)
    .sort((a, b) => builtinRank(a.id) - builtinRank(b.id));
}

/** Built-in packs first, in their shipped order; imported ones after, as listed. */
function builtinRank(id: string): number {
  const rank = BUILTIN_PACK_ORDER.indexOf(id);
  return rank === -1 ? BUILTIN_PACK_ORDER.length : rank;
}
