import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type ConfigProblem, readConfig } from '../config.js';
import type { ValidatorConfig } from '../types.js';

export const CONFIG_FILES = ['briefkit.config.json', 'briefkit.config.yaml', 'briefkit.config.yml'] as const;

export interface FoundConfig {
  config: ValidatorConfig;
  /** The file it came from; undefined when none was found. */
  file?: string;
  /** What in that file could not be applied (it is left out of `config`). */
  problems: ConfigProblem[];
}

/** Finds the nearest briefkit.config.{json,yaml,yml} from `startDir` upward and reads it. Never throws. */
export async function findConfig(startDir: string): Promise<FoundConfig> {
  let dir = resolve(String(startDir));
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue;
      }
      try {
        const value: unknown = name.endsWith('.json')
          ? JSON.parse(text)
          : parse(text, { maxAliasCount: 100 });
        const { config, problems } = readConfig(value);
        return { config, file, problems };
      } catch (error) {
        return {
          config: {},
          file,
          problems: [
            {
              path: [],
              message: `${name} could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            },
          ],
        };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return { config: {}, problems: [] };
    dir = parent;
  }
}

/** The settings of the nearest briefkit.config.{json,yaml,yml} from `startDir` upward; `{}` when none. */
export async function loadConfig(startDir: string): Promise<ValidatorConfig> {
  return (await findConfig(startDir)).config;
}
