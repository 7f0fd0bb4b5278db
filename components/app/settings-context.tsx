import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  getSettings,
  type Settings,
  saveSettings,
} from '@/utils/storage/settings';
import { LocaleProvider } from '../i18n';

interface SettingsValue {
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() needs a <SettingsProvider> above it.');
  return value;
}

/** Loads the member's settings once and applies language and text size to the whole page. */
export function SettingsProvider(props: {
  children: ComponentChildren;
  fallback: ComponentChildren;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    // Unreadable storage still gets a usable page; the storage error shows where data is used.
    getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);

  useEffect(() => {
    if (!settings) return;
    document.documentElement.lang = settings.locale;
    document.documentElement.classList.toggle('large-text', settings.largeText);
  }, [settings]);

  if (!settings) return <>{props.fallback}</>;

  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
  };
  return (
    <SettingsContext.Provider value={{ settings, update }}>
      <LocaleProvider locale={settings.locale}>{props.children}</LocaleProvider>
    </SettingsContext.Provider>
  );
}
