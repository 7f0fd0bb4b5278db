import { routeHref } from '../../app/useHashRoute';
import { useShellT } from '../../i18n-shell';

/** On the home page: where a member goes with the invitation file the secretary sent. */
export function InvitationCard() {
  const t = useShellT();
  return (
    <section class="section card" aria-labelledby="invitation-card-title">
      <h2 id="invitation-card-title">{t('rounds.member.home.title')}</h2>
      <p>{t('rounds.member.home.body')}</p>
      <div class="actions">
        <a class="button" href={routeHref({ name: 'join' })}>
          {t('rounds.member.home.open')}
        </a>
      </div>
    </section>
  );
}
