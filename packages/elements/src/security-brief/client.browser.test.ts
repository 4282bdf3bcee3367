import { fullBrief } from '@briefkit/schema/fixtures';
import { describe } from 'vitest';
import '../define.js';
import { briefExpectations } from '../test/brief-expectations.js';
import { mountClient } from '../test/mount.js';

describe('<security-brief> rendered in the browser', () => {
  briefExpectations('client', (options) => mountClient(fullBrief, options));
});
