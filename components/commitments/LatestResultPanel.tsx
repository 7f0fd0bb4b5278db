import { useEffect, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { type LatestResult, latestIndicatorResult } from '@/utils/reviews/latest-result';
import { formatDateTime } from '@/utils/reviews/summaries';
import { routeHref } from '../app/useHashRoute';
import { useLocale, useT } from '../i18n';

/** Beside the month's commitments: what the member marked in their latest completed review. */
export function LatestResultPanel() {
  const t = useT();
  const locale = useLocale();
  const [result, setResult] = useState<LatestResult | null | undefined>(undefined);

  useEffect(() => {
    latestIndicatorResult().then(
      (found) => setResult(found ?? null),
      () => setResult(null),
    );
  }, []);

  return (
    <section class="section latest-result" aria-labelledby="latest-result-title">
      <h2 id="latest-result-title">{t('commitments.latest.title')}</h2>
      {result === undefined ? (
        <p class="loading">{t('app.loading')}</p>
      ) : result === null ? (
        <p>{t('commitments.latest.none')}</p>
      ) : (
        <>
          <p class="meta">
            {t('commitments.latest.meta', {
              form: localize(result.formTitle, locale),
              date: formatDateTime(result.completedAt, locale),
            })}
          </p>
          {result.groups.length === 0 ? (
            <p>{t('commitments.latest.nothing')}</p>
          ) : (
            result.groups.map((group) => (
              <div key={group.title.vi}>
                <h3>{localize(group.title, locale)}</h3>
                <ul>
                  {group.items.map((item) => (
                    <li key={item.title.vi}>
                      {localize(item.title, locale)} —{' '}
                      <strong>{localize(item.answer, locale)}</strong>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
          <a class="link" href={routeHref({ name: 'review', responseId: result.responseId })}>
            {t('commitments.latest.open')}
          </a>
        </>
      )}
    </section>
  );
}
