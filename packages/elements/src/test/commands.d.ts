import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(media: 'print' | 'screen'): Promise<void>;
    resizeTab(width: number, height: number): Promise<void>;
    screenshotElement(selector: string, name: string): Promise<string>;
  }
}
