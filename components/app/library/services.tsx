import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type {
  DraftMovePlan,
  ImportAnalysis,
  InstalledPack,
  LibraryListing,
  RemoveResult,
  ResponseRecord,
} from './contract';

/** The library service (utils/library/) as the views use it; tests may provide their own. */
export interface LibraryServices {
  analyseImport(fileName: string, bytes: Uint8Array): Promise<ImportAnalysis>;
  installPack(analysis: ImportAnalysis): Promise<InstalledPack>;
  listLibrary(): Promise<LibraryListing>;
  dependentResponses(id: string, version: string): Promise<ResponseRecord[]>;
  removePack(id: string, version: string): Promise<RemoveResult>;
  exportPack(id: string, version: string): Promise<{ fileName: string; bytes: Uint8Array }>;
  draftMoveOffer(
    responseId: string,
  ): Promise<{ target: InstalledPack; plan: DraftMovePlan } | undefined>;
  moveDraft(responseId: string, targetVersion: string): Promise<ResponseRecord>;
}

export const LibraryServicesContext = createContext<LibraryServices | null>(null);

export function useLibraryServices(): LibraryServices {
  const services = useContext(LibraryServicesContext);
  if (!services) throw new Error('No LibraryServicesContext provider above this view.');
  return services;
}
