/** Pages announce each save of a response here, so that an idle tab picks up the newer answers. */
export const RESPONSE_SAVED_CHANNEL = 'tu-soi:response-saved';

export interface ResponseSavedMessage {
  id: string;
  revision: number;
}
