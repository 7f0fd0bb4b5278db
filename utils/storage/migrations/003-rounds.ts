import type { Migration } from './types';

/**
 * Version 3: the stores of the secretary loop (rounds, their keys, contributions received)
 * and of the member's side of it (rounds joined, the randomisation key). New stores only;
 * no record moves.
 */
export const rounds: Migration = ({ db }) => {
  db.createObjectStore('rounds', { keyPath: 'id' }).createIndex('by-series', 'seriesId');
  db.createObjectStore('roundKeys', { keyPath: 'roundId' });
  db.createObjectStore('contributions', { keyPath: ['roundId', 'contributionId'] }).createIndex(
    'by-round',
    'roundId',
  );
  db.createObjectStore('memberRounds', { keyPath: 'roundId' }).createIndex(
    'by-response',
    'responseId',
  );
  db.createObjectStore('memberSecrets', { keyPath: 'id' });
};
