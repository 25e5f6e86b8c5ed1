// What the form's webview loads from the extension, as paths inside it. Each lies in a folder of
// its own, since localResourceRoots takes folders: those folders are all the webview may read, so
// the host bundle, the parser and source maps stay out of its reach.
export const WEBVIEW_SCRIPT = ['dist', 'webview', 'webview.js'] as const;
export const WEBVIEW_STYLE = ['media', 'webview', 'form.css'] as const;

/** The panel's localResourceRoots: the folders of the script and the stylesheet, nothing more. */
export const WEBVIEW_ROOTS: readonly (readonly string[])[] = [WEBVIEW_SCRIPT, WEBVIEW_STYLE].map((file) =>
  file.slice(0, -1),
);
