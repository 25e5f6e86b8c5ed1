// The baseline's webview: sends the typed values on submit and shows the host's answer.
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const form = document.getElementById('form') as HTMLFormElement;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  vscode.postMessage(Object.fromEntries(new FormData(form)));
});
window.addEventListener('message', (event: MessageEvent<string>) => {
  (document.getElementById('status') as HTMLElement).textContent = event.data;
});
