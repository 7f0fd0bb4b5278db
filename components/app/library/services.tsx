import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type * as library from '@/utils/library';

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

type ServiceName = keyof LibraryServices;

/**
 * The real service, loaded on its first call: it holds the pack checker, which the review page
 * (a draft-move offer) should not wait for.
 */
function loaded<Name extends ServiceName>(name: Name): LibraryServices[Name] {
  const call = (...args: unknown[]) =>
    import('@/utils/library').then((real) =>
      (real[name] as (...params: unknown[]) => Promise<unknown>)(...args),
    );
  return call as LibraryServices[Name];
}

const REAL: LibraryServices = {
  analyseImport: loaded('analyseImport'),
  installPack: loaded('installPack'),
  listLibrary: loaded('listLibrary'),
  dependentResponses: loaded('dependentResponses'),
  removePack: loaded('removePack'),
  exportPack: loaded('exportPack'),
  draftMoveOffer: loaded('draftMoveOffer'),
  moveDraft: loaded('moveDraft'),
};

/** The real service by default; a test may provide one over a list in memory. */
export const LibraryServicesContext = createContext<LibraryServices>(REAL);

export function useLibraryServices(): LibraryServices {
  return useContext(LibraryServicesContext);
}
