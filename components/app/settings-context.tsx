import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  getSettings,
  type Settings,
  saveSettings,
} from '@/utils/storage/settings';
import { LocaleProvider } from '../locale';

interface SettingsValue {
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/** Pages announce a settings change here, so open tabs and the side panel follow at once. */
const CHANNEL = 'tu-soi:settings-saved';

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
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    // Unreadable storage still gets a usable page; the storage error shows where data is used.
    getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    const announced = new BroadcastChannel(CHANNEL);
    // Read back from storage rather than trusting the message: storage is validated.
    announced.onmessage = () => void getSettings().then(setSettings, () => undefined);
    channel.current = announced;
    return () => announced.close();
  }, []);

  useEffect(() => {
    if (!settings) return;
    document.documentElement.lang = settings.locale;
    document.documentElement.classList.toggle('large-text', settings.largeText);
    document.documentElement.classList.toggle('simple-mode', settings.simpleMode);
  }, [settings]);

  if (!settings) return <>{props.fallback}</>;

  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    channel.current?.postMessage('saved');
  };
  return (
    <SettingsContext.Provider value={{ settings, update }}>
      <LocaleProvider locale={settings.locale}>{props.children}</LocaleProvider>
    </SettingsContext.Provider>
  );
}
