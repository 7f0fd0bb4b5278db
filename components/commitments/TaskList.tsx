import type { RegisteredTask } from '@/utils/commitments/tasks';
import { formatIsoDate } from '../app/library/format-date';
import { useLocale, useT } from '../i18n';

/** The registered tasks with their target and deadline, in the member's order. */
export function TaskList(props: { tasks: readonly RegisteredTask[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol class="task-list">
      {props.tasks.map((task) => (
        <li key={task.task}>
          <span class="task-list__task">{task.task}</span>
          <TaskMeta task={task} t={t} locale={locale} />
        </li>
      ))}
    </ol>
  );
}

export function TaskMeta(props: {
  task: RegisteredTask;
  t: ReturnType<typeof useT>;
  locale: ReturnType<typeof useLocale>;
}) {
  const { task, t, locale } = props;
  if (!task.target && !task.deadline) return null;
  return (
    <span class="meta task-list__meta">
      {task.target && t('commitments.target', { target: task.target })}
      {task.target && task.deadline && ' · '}
      {task.deadline && t('commitments.deadline', { date: formatIsoDate(task.deadline, locale) })}
    </span>
  );
}
