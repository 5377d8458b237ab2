// Svelte compiler settings shared by Vite, svelte-check and ESLint. TypeScript in components needs no preprocessor.
export default {
  compilerOptions: {},
};
