// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { show } from './test-render';

afterEach(cleanup);

describe('a validator with notificationType "warning"', () => {
  it('is shown as advice, leaves the answer valid and does not stop completion', () => {
    const model = show(
      [
        {
          type: 'text',
          name: 'viec',
          title: 'Việc làm',
          validators: [
            { type: 'text', maxLength: 5, notificationType: 'warning', text: 'Việc này khá dài.' },
          ],
        },
      ],
      { checkErrorsMode: 'onValueChanged' },
    );
    const input = screen.getByRole('textbox', { name: /^Việc làm/ });
    fireEvent.input(input, { target: { value: 'một việc rất dài' } });
    fireEvent.change(input, { target: { value: 'một việc rất dài' } });
    fireEvent.blur(input);
    const notice = screen.getByText('Việc này khá dài.');
    expect(notice.closest('ul')?.className).toBe('ts-errors ts-errors--notice');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(model.state).toBe('completed');
  });
});
