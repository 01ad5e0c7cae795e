// package.json's version, put in by the build (tsup `define`) and by the test configs; a bare source import says dev.
declare const __SDK_VERSION__: string | undefined;
export const VERSION: string = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : '0.0.0-dev';
