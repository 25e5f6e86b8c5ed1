// Text files bundled as strings (esbuild's text loader).
declare module '*.txt' {
  const content: string;
  export default content;
}
