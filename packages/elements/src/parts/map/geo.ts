// The map's heavy half (d3-geo, topojson-client and the atlas data): the element imports this module
// dynamically when it connects, so none of it is in the main bundle or runs on the server.
export { loadAtlas } from './atlas.js';
export { drawMap } from './draw.js';
