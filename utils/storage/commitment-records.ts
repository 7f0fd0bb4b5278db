import { z } from '../zod';

/** How far a registered task got in a month, as the member marks it. */
export const TASK_STATUSES = ['da-lam', 'dang-lam', 'chua-lam'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const NOTE_MAX_LENGTH = 500;

/** `YYYY-MM`, the month a check is for. */
export const monthKeySchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export const commitmentEntrySchema = z.object({
  /** The task's text when it was checked: tasks are matched by text across months. */
  task: z.string().check(z.minLength(1)),
  status: z.enum(TASK_STATUSES),
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
});

export const commitmentCheckRecordSchema = z.object({
  /** The response (of the registration form) that holds the tasks. */
  registrationId: z.string().check(z.minLength(1)),
  month: monthKeySchema,
  entries: z.array(commitmentEntrySchema),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});

export type CommitmentEntry = z.infer<typeof commitmentEntrySchema>;
export type CommitmentCheckRecord = z.infer<typeof commitmentCheckRecordSchema>;
