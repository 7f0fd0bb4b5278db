import { useState } from 'preact/hooks';
import { LOCALES, type Locale } from '@/utils/i18n/types';
import type { Settings } from '@/utils/storage/settings';
import { useT } from '../i18n';
import { BackBar } from './BackBar';
import { StorageErrorNotice } from './StorageErrorNotice';
import { useSettings } from './settings-context';
import { useDocumentTitle } from './useDocumentTitle';
import { ViewHeading } from './ViewHeading';

export function SettingsView() {
  const t = useT();
  const { settings, update } = useSettings();
  const [error, setError] = useState<unknown>(null);
  // On failure the controls re-render from the stored settings, so they show what is in effect.
  const change = (patch: Partial<Settings>) => {
    setError(null);
    update(patch).catch(setError);
  };
  useDocumentTitle(t('app.settings'));
  return (
    <>
      <BackBar />
      <main class="settings">
        <ViewHeading>{t('app.settings')}</ViewHeading>
        {error ? <StorageErrorNotice error={error} /> : null}
        <fieldset class="setting">
          <legend>{t('app.settings.language')}</legend>
          {LOCALES.map((locale: Locale) => (
            <label key={locale} class="choice">
              <input
                type="radio"
                name="locale"
                value={locale}
                checked={settings.locale === locale}
                onChange={() => change({ locale })}
              />
              <span>{t(`app.settings.language.${locale}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="setting">
          <legend>{t('app.settings.display')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.largeText}
              onChange={(event) => change({ largeText: event.currentTarget.checked })}
            />
            <span>{t('app.settings.largeText')}</span>
          </label>
          <p class="hint">{t('app.settings.largeTextHint')}</p>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.simpleMode}
              onChange={(event) => change({ simpleMode: event.currentTarget.checked })}
            />
            <span>{t('simple.setting')}</span>
          </label>
          <p class="hint">{t('simple.settingHint')}</p>
        </fieldset>
      </main>
    </>
  );
}
