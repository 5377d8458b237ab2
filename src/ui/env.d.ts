// Ambient types for Vite-provided virtual modules used by the UI.
/// <reference types="vite-plugin-pwa/client" />
