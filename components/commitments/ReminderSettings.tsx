import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage/settings';
import { useSettings } from '../app/settings-context';
import { useT } from '../i18n';

type Reminder = Settings['reminder'];

/** What the reminder needs from the browser; tests pass their own. */
export interface ReminderPort {
  supported(): boolean;
  /** Asks for the permissions; call it inside the member's click. */
  request(): Promise<boolean>;
  schedule(reminder: Reminder): Promise<void>;
}

const DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

/** Turns the monthly reminder on and off and sets its day and time. */
export function ReminderSettings(props: { port: ReminderPort }) {
  const t = useT();
  const { settings, update } = useSettings();
  const [problem, setProblem] = useState<'denied' | 'failed' | null>(null);
  if (!props.port.supported()) return null;
  const { reminder } = settings;

  const apply = async (next: Reminder) => {
    try {
      await update({ reminder: next });
      await props.port.schedule(next);
      setProblem(null);
    } catch {
      setProblem('failed');
    }
  };

  const toggle = (enabled: boolean) => {
    if (!enabled) {
      void apply({ ...reminder, enabled: false });
      return;
    }
    // The request must start in this event handler, before anything is awaited.
    props.port.request().then(
      (granted) => (granted ? apply({ ...reminder, enabled: true }) : setProblem('denied')),
      () => setProblem('denied'),
    );
  };

  return (
    <section class="section reminder" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('reminder.title')}</h2>
      <p class="hint">{t('reminder.explain')}</p>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span>{t('reminder.enable')}</span>
      </label>
      <div class="reminder__when">
        <label>
          <span>{t('reminder.day')}</span>
          <select
            value={String(reminder.day)}
            onChange={(event) =>
              void apply({ ...reminder, day: Number(event.currentTarget.value) })
            }
          >
            {DAYS.map((day) => (
              <option key={day} value={String(day)}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('reminder.time')}</span>
          <input
            type="time"
            value={reminder.time}
            onChange={(event) => {
              const time = event.currentTarget.value;
              if (/^\d\d:\d\d$/.test(time)) void apply({ ...reminder, time });
            }}
          />
        </label>
      </div>
      <p role="status" class="meta">
        {reminder.enabled
          ? t('reminder.on', { day: reminder.day, time: reminder.time })
          : t('reminder.off')}
      </p>
      {problem && (
        <p class="notice notice--error" role="alert">
          {t(`reminder.${problem}`)}
        </p>
      )}
    </section>
  );
}
