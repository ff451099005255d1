// Vue's browser build (with the template compiler) has the same API as 'vue'; its package ships no
// declaration file for that path.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
