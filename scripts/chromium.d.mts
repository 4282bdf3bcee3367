/** The Chromium executable: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath: string;
/** Launch flags shared by every test, benchmark and script. */
export const chromiumArgs: string[];
