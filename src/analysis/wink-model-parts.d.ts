// The model package's parts (wink-model.ts), which it ships untyped: wink-nlp reads them, we only pass them on.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
