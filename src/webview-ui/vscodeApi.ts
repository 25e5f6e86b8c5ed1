// The typed seam over acquireVsCodeApi(): main.ts passes the real one, tests a recording stand-in.
import { ContactDraft } from '../contact/values';
import { WebviewMessage } from '../shared/protocol';

/** What the webview keeps across being hidden and shown (webview state). */
export interface SavedState {
  formId: string;
  draft: ContactDraft;
  /** People of the list (by id) whose checkbox the user changed. */
  toggled?: string[];
  /** The page load it was saved from (pageLoad.ts). */
  page?: string;
}

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}

/** The saved state, if any (it is whatever an earlier version of this page stored). */
export function savedState(api: VsCodeApi): Partial<SavedState> | undefined {
  return api.getState() as Partial<SavedState> | undefined;
}
