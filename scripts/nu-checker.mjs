// The Nu HTML Checker (vnu.jar from the `vnu-jar` package) run on HTML files, for the conformance tests. It
// needs a Java runtime (Debian: default-jre-headless); the package's own Java download is disabled.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env.JAVA ?? 'java';

/** Why the checker cannot run here, or `undefined` if it can. */
export const nuCheckerUnavailable =
  spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0
    ? undefined
    : `no Java runtime (\`${java} -version\` failed): install default-jre-headless to run the Nu HTML Checker`;

/**
 * The checker's errors for `files` (paths), as `file:line:column: message` lines; an empty list when every
 * file conforms. Warnings and notes are not errors and are left out.
 */
export function nuCheckerErrors(files) {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu writes its JSON report to stderr and exits 1 when it found errors.
        let report;
        try {
          report = JSON.parse(stderr);
        } catch {
          reject(new Error(`the Nu HTML Checker did not report: ${error?.message ?? stderr}`));
          return;
        }
        resolve(
          report.messages
            .filter((m) => m.type === 'error' || m.type === 'non-document-error')
            .map(
              (m) =>
                `${m.url?.replace(/^file:/, '') ?? ''}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`,
            ),
        );
      },
    );
  });
}
