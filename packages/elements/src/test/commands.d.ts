import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(media: 'print' | 'screen'): Promise<void>;
    screenshotElement(selector: string, name: string): Promise<string>;
  }
}
