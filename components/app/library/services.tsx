import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import * as library from '@/utils/library';

/** The library service (utils/library/) as the views use it. */
export type LibraryServices = Pick<
  typeof library,
  | 'analyseImport'
  | 'installPack'
  | 'listLibrary'
  | 'dependentResponses'
  | 'removePack'
  | 'exportPack'
  | 'draftMoveOffer'
  | 'moveDraft'
>;

/** The real service by default; a test may provide one over a list in memory. */
export const LibraryServicesContext = createContext<LibraryServices>(library);

export function useLibraryServices(): LibraryServices {
  return useContext(LibraryServicesContext);
}
