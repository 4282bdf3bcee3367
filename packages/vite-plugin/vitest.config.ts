import { defineConfig } from 'vitest/config';
import { briefkitVitestConfig } from '../../vitest.shared.js';

export default defineConfig(briefkitVitestConfig({ browser: [] }));
