// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSettings } from '@/utils/storage/settings';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { SettingsProvider } from '../app/settings-context';
import { type ReminderPort, ReminderSettings } from './ReminderSettings';

afterEach(cleanup);

function show(granted: boolean) {
  const port = {
    supported: () => true,
    request: vi.fn(async () => granted),
    schedule: vi.fn(async () => {}),
  } satisfies ReminderPort;
  render(
    <SettingsProvider fallback={null}>
      <ReminderSettings port={port} />
    </SettingsProvider>,
  );
  return port;
}

describe('ReminderSettings', () => {
  useFreshDatabase();

  it('asks for permission on turning it on, then stores and schedules the reminder', async () => {
    const port = show(true);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Ngày trong tháng' }), {
      target: { value: '5' },
    });
    await waitFor(() => expect(port.schedule).toHaveBeenCalledTimes(1));
    expect(port.schedule).toHaveBeenLastCalledWith({ enabled: false, day: 5, time: '08:00' });

    fireEvent.click(screen.getByRole('checkbox', { name: /Nhắc tôi trước buổi sinh hoạt/ }));
    expect(port.request).toHaveBeenCalledOnce();
    await screen.findByText(/^Đã bật: nhắc lúc 08:00 ngày 5 hằng tháng/);
    expect(port.schedule).toHaveBeenLastCalledWith({ enabled: true, day: 5, time: '08:00' });
    expect((await getSettings()).reminder).toEqual({ enabled: true, day: 5, time: '08:00' });

    fireEvent.click(screen.getByRole('checkbox', { name: /Nhắc tôi trước buổi sinh hoạt/ }));
    await screen.findByText('Đang tắt.');
    expect(port.schedule).toHaveBeenLastCalledWith({ enabled: false, day: 5, time: '08:00' });
    expect(port.request).toHaveBeenCalledOnce();
  });

  it('stays off and says why when the browser refuses the permission', async () => {
    const port = show(false);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Nhắc tôi trước buổi sinh hoạt/ }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/^Trình duyệt chưa cho phép thông báo/);
    expect(port.schedule).not.toHaveBeenCalled();
    expect((await getSettings()).reminder.enabled).toBe(false);
  });

  it('is not offered where the browser cannot remind', async () => {
    render(
      <SettingsProvider fallback={null}>
        <ReminderSettings port={{ supported: () => false, request: vi.fn(), schedule: vi.fn() }} />
        <p>loaded</p>
      </SettingsProvider>,
    );
    await screen.findByText('loaded');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
