import type { Brief } from '@briefkit/schema';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type SVGTemplateResult,
  svg,
  type TemplateResult,
} from 'lit';
import { BriefElement } from '../../shared/brief-element.js';
import { conjunction, formatEdtf, once } from '../../shared/format.js';
import type { Atlas } from './atlas.js';
import type { MapDrawing, MapInput } from './draw.js';
import { mapStyles } from './map.styles.js';
import { formatCoordinates, type LocatedPlace, locatedPlaces, regionName } from './places.js';
import { word } from './words.js';

/** What the lazily loaded half of the map provides. @internal */
export interface MapGeometry {
  atlas: Atlas;
  drawMap: (atlas: Atlas, input: MapInput) => MapDrawing | undefined;
}

const WIDTH = 640;
const HEIGHT = 400;

/**
 * A locator map of the brief's country: the country highlighted among its neighbours, and the brief's
 * places that have coordinates as labelled dots, from offline geodata (Natural Earth 1:110m via
 * world-atlas). The geodata and the projection code load lazily when the element connects, so they are
 * never in the main bundle and never run on the server; the server renders the table of places (the
 * map's text alternative, always present) and a box of the map's size.
 *
 * @csspart heading - The "Map" heading.
 * @csspart figure - The figure holding the map and its caption.
 * @csspart canvas - The box of the map, the same size before and after the map is drawn.
 * @csspart map - The `<svg role="img">` map.
 * @csspart country - The brief's country on the map.
 * @csspart place - One place: a dot and its label.
 * @csspart caption - The caption under the map.
 * @csspart table - The table of places, coordinates and events: the map's text alternative.
 * @customElement security-brief-map
 */
export class SecurityBriefMap extends BriefElement {
  static override styles = [...BriefElement.styles, mapStyles];
  static override properties: PropertyDeclarations = {
    hideTable: { type: Boolean, attribute: 'hide-table', reflect: true },
    geometry: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  /** Keep the table of places for assistive technology only, hidden from sight. */
  hideTable = false;

  private geometry?: MapGeometry;
  private failed = false;
  private loading?: Promise<void>;
  private memo?: { brief: Brief; lang: string; atlas: Atlas; drawing: MapDrawing | undefined };

  override connectedCallback(): void {
    super.connectedCallback();
    this.loading ??= this.loadGeometry().then(
      (geometry) => {
        this.geometry = geometry;
      },
      () => {
        this.failed = true;
        // A later connection may try again (the network may be back).
        this.loading = undefined;
      },
    );
  }

  /**
   * Loads the projection code and the atlas: a separate chunk, fetched on first connection only.
   * @internal (tests replace it; its GeoJSON types stay out of the published declarations)
   */
  protected async loadGeometry(): Promise<MapGeometry> {
    const geo = await import('./geo.js');
    return { atlas: await geo.loadAtlas(), drawMap: geo.drawMap };
  }

  protected override renderBrief(brief: Brief): unknown {
    const lang = this.uiLang;
    const located = locatedPlaces(brief);
    const code = typeof brief.country?.code === 'string' ? brief.country.code : '';
    const country = regionName(code || undefined, brief.country?.name ?? code, lang);
    const drawing = this.drawing(brief, located, lang);
    const hasPlaces = located.length > 0;
    return html`<section class="locator" aria-labelledby="map-heading">
      ${this.renderHeading(0, word(lang, 'map'), { id: 'map-heading' })}
      <figure part="figure">
        <div class="canvas" part="canvas">${this.renderCanvas(drawing, country, lang)}</div>
        <figcaption part="caption">
          ${word(lang, hasPlaces ? 'caption' : 'captionNoPlaces', { country })}
        </figcaption>
      </figure>
      ${hasPlaces ? this.renderTable(located, drawing, country, lang) : html`<p class="muted">${word(lang, 'noPlaces')}</p>`}
    </section>`;
  }

  /** The drawing for the current brief and language, computed once per change, from data already loaded. */
  private drawing(brief: Brief, located: LocatedPlace[], lang: string): MapDrawing | undefined {
    const geometry = this.geometry;
    if (!geometry) return undefined;
    const memo = this.memo;
    if (memo && memo.brief === brief && memo.lang === lang && memo.atlas === geometry.atlas)
      return memo.drawing;
    const drawing = geometry.drawMap(geometry.atlas, {
      countryCode: typeof brief.country?.code === 'string' ? brief.country.code : '',
      countryName: typeof brief.country?.name === 'string' ? brief.country.name : '',
      places: located.map(({ place, lat, lon }) => ({
        id: place.id,
        name: place.name,
        lat,
        lon,
        capital: place.kind === 'capital',
      })),
      width: WIDTH,
      height: HEIGHT,
      lang,
    });
    this.memo = { brief, lang, atlas: geometry.atlas, drawing };
    return drawing;
  }

  private renderCanvas(drawing: MapDrawing | undefined, country: string, lang: string): unknown {
    if (drawing) return this.renderSvg(drawing, country, lang);
    if (this.failed) return html`<p class="placeholder message" role="status">${word(lang, 'mapError')}</p>`;
    if (this.geometry)
      return html`<p class="placeholder message">${word(lang, 'unavailable', { country })}</p>`;
    // Until the map arrives (and on the server, where it never does) an empty box of the map's size
    // keeps the page from jumping; the "loading" words show only once scripts run (see the styles).
    return html`<div class="placeholder" aria-hidden="true" data-label=${word(lang, 'mapLoading')}></div>`;
  }

  private renderSvg(drawing: MapDrawing, country: string, lang: string): TemplateResult {
    const names = drawing.dots.map((d) => d.name);
    const label =
      names.length > 0
        ? word(lang, 'mapLabel', { country, places: conjunction(lang).format(names) })
        : word(lang, 'mapLabelNoPlaces', { country });
    return html`<svg
      part="map"
      viewBox="0 0 ${drawing.width} ${drawing.height}"
      role="img"
      aria-label=${label}
      focusable="false"
    >
      ${svg`
        <path class="sphere" d=${drawing.sphere} />
        <path class="graticule" d=${drawing.graticule} />
        <g class="others">${drawing.others.map((s) => svg`<path d=${s.d} />`)}</g>
        <g class="neighbours">${drawing.neighbours.map((s) => svg`<path d=${s.d} />`)}</g>
        ${drawing.country ? svg`<path class="country" part="country" d=${drawing.country.d} />` : nothing}
        <g class="country-labels">${drawing.countryLabels.map(
          (l) => svg`<text class=${l.main ? 'main' : 'neighbour'} x=${l.x} y=${l.y}>${l.text}</text>`,
        )}</g>
        <g class="places">${drawing.dots.map(
          (dot) => svg`<g class=${dot.capital ? 'place capital' : 'place'} part="place" data-place=${dot.id}>
            <circle cx=${dot.x} cy=${dot.y} r=${dot.capital ? 5 : 4} />
            ${dot.capital ? svg`<circle class="core" cx=${dot.x} cy=${dot.y} r="1.8" />` : nothing}
            <text x=${dot.label.x} y=${dot.label.y} text-anchor=${dot.label.anchor}>${dot.name}</text>
          </g>`,
        )}</g>
        ${this.renderScaleBar(drawing, lang)}
      `}
    </svg>`;
  }

  private renderScaleBar(drawing: MapDrawing, lang: string): SVGTemplateResult {
    const { x, y, px, km } = drawing.scale;
    const text = once(
      `km|${lang}`,
      () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer' }),
    ).format(km);
    return svg`<g class="scale-bar">
      <path d="M${x},${y - 4}V${y}H${x + px}V${y - 4}" />
      <text x=${x + px + 6} y=${y}>${text}</text>
    </g>`;
  }

  private renderTable(
    located: LocatedPlace[],
    drawing: MapDrawing | undefined,
    country: string,
    lang: string,
  ): TemplateResult {
    const outside = new Set(drawing?.outside.map((p) => p.id) ?? []);
    return html`<table part="table" class=${this.hideTable ? 'visually-hidden' : nothing}>
      <caption>${word(lang, 'mapAlternative')}</caption>
      <thead>
        <tr>
          <th scope="col">${word(lang, 'place')}</th>
          <th scope="col">${word(lang, 'coordinates')}</th>
          <th scope="col">${word(lang, 'events')}</th>
        </tr>
      </thead>
      <tbody>
        ${located.map(
          ({ place, lat, lon, events }) => html`<tr>
            <th scope="row">
              ${place.name}
              ${
                outside.has(place.id)
                  ? html`<span class="outside">(${word(lang, 'outside', { country })})</span>`
                  : nothing
              }
            </th>
            <td class="coordinates">${formatCoordinates(lat, lon, lang)}</td>
            <td>
              ${
                events.length > 0
                  ? html`<ul class="events">
                    ${events.map(
                      (event) =>
                        html`<li>${event.title} <span class="date">(${formatEdtf(event.date, lang)})</span></li>`,
                    )}
                  </ul>`
                  : html`<span class="muted">—</span>`
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
