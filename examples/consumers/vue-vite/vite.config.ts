import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The tags are custom elements, not Vue components.
const tags = new Set(['ors-scale', 'srs-scale', 'fit-chart']);
export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.has(tag) } } })] });
