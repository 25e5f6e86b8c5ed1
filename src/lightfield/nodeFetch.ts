// The entry of dist/http.js: node-fetch 3 and its polyfills, nine tenths of the HTTP stack's bytes.
// The host loads it on the first request (services/httpBundle.ts), not at activation.
export { default as fetch } from 'node-fetch';
