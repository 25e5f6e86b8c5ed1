// The messages the page came with (html.ts: `data-initial`), handled on its first load only. A
// webview VS Code does not keep while hidden loads the same page again when shown, and its form may
// have changed since (another form, a list, a finished create): on that load the host posts the form
// as it is now, and the page's own form would draw a stale one and overwrite the state the list or
// form saved. The words do not change: they are handled on every load.
import { HostMessage } from '../shared/protocol';
import { VsCodeApi, savedState } from './vscodeApi';

export interface PageLoad {
  /** The webview API, saving with every state the page it was saved from. */
  api: VsCodeApi;
  /** What to handle before anything the host posts. */
  initial: HostMessage[];
}

export function pageLoad(api: VsCodeApi, app: HTMLElement): PageLoad {
  const page = app.dataset.page;
  const loadedBefore = page !== undefined && savedState(api)?.page === page;
  const all = JSON.parse(app.dataset.initial ?? '[]') as HostMessage[];
  return {
    api: {
      postMessage: (message) => api.postMessage(message),
      getState: () => api.getState(),
      setState: (state) => api.setState({ ...state, page }),
    },
    initial: loadedBefore ? all.filter((message) => message.type === 'strings') : all,
  };
}
