/** The in-page recorder of collector.js, as the Node side reaches it through Playwright. */
interface BenchRecorderState {
  firstQuestion: number | null;
  firstQuestionFrame: number | null;
  firstContentfulPaint: number | null;
  pointerDowns: number[];
  clicks: number[];
  keydowns: number[];
  accepted: {
    time: number;
    event: string;
    name: string;
    value: string;
    label: string;
    /** Whether it is the first question's first choice (the input the benchmark clicks). */
    isFirstChoice: boolean;
  } | null;
  commits: number[];
  longTasks: { start: number; duration: number }[];
  events: {
    name: string;
    start: number;
    duration: number;
    processingStart: number;
    processingEnd: number;
    interactionId: number;
  }[];
}

interface BenchRecorder {
  state: BenchRecorderState;
  firstChoiceTarget(): { x: number; y: number } | null;
  firstChoiceChecked(): boolean;
  settledElementCount(): Promise<number>;
  readRecord(database: string, store: string, key: unknown): Promise<unknown>;
  writeRecord(database: string, store: string, value: unknown, key?: unknown): Promise<void>;
}

declare var __bench: BenchRecorder;
