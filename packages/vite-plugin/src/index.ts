export { BRIEF_FILE, type BriefkitPluginOptions, briefkit, briefkit as default } from './plugin.js';
