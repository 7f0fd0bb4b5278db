import type { LocalizedText, PackForm } from '../pack/schema';
import { packReader } from '../storage/packs';
import { listResponses } from '../storage/responses';
import { listMemberRounds } from '../storage/round-store';
import { flaggedCount } from './compare';

export interface HistoryEntry {
  responseId: string;
  /** The round's label when the review came from an invitation. */
  roundLabel?: string;
  completedAt: number;
  data: Readonly<Record<string, unknown>>;
  /** Items marked partly or fully. */
  flagged: number;
}

export interface HistorySeries {
  key: string;
  /** The round series' label, or the form's title for reviews made outside rounds. */
  title: LocalizedText;
  form: PackForm;
  /** Oldest first. */
  entries: HistoryEntry[];
}

/**
 * The member's completed reviews of forms with an indicator, grouped as they compare: the
 * rounds of one series together, and the reviews of a form made outside any round together.
 * Read from this device only.
 */
export async function memberHistory(): Promise<HistorySeries[]> {
  const [responses, rounds] = await Promise.all([listResponses(), listMemberRounds()]);
  const roundOf = new Map(rounds.map((record) => [record.responseId, record]));
  const series = new Map<string, HistorySeries>();
  const packOf = packReader();
  const oldestFirst = responses
    .filter((response) => response.status === 'completed')
    .map((response) => ({ response, at: response.completedAt ?? response.updatedAt }))
    .sort((a, b) => a.at - b.at);
  for (const { response, at } of oldestFirst) {
    const form = (await packOf(response.packId, response.packVersion))?.pack.forms.find(
      (candidate) => candidate.id === response.formId,
    );
    if (!form?.aggregate.indicator) continue;
    const round = roundOf.get(response.id);
    const key = round
      ? `series:${round.round.seriesId}`
      : `form:${response.packId}/${response.formId}`;
    const entry: HistoryEntry = {
      responseId: response.id,
      ...(round && { roundLabel: round.round.label }),
      completedAt: at,
      data: response.data,
      flagged: flaggedCount(form, response.data),
    };
    const known = series.get(key);
    if (known) {
      known.entries.push(entry);
      // Item names are compared on the newest version of the form.
      known.form = form;
    } else {
      series.set(key, {
        key,
        title: round ? { vi: round.round.seriesLabel } : form.title,
        form,
        entries: [entry],
      });
    }
  }
  return [...series.values()];
}
