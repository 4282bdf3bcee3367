import { baseLanguage } from '../../shared/i18n.js';

// Words the shared locale table does not have yet; English is the fallback like there.
const en = {
  place: 'Place',
  coordinates: 'Coordinates',
  events: 'Events',
  mapLabel: 'Map of {country} and its neighbours, showing {places}',
  mapLabelNoPlaces: 'Map of {country} and its neighbours',
  caption: '{country} (highlighted) and neighbouring countries; dots mark the places named in the brief.',
  captionNoPlaces: '{country} (highlighted) and neighbouring countries.',
  outside: 'not on the map: too far from {country}',
  noPlaces: 'No place in this brief has coordinates.',
  unavailable: 'No map is available for {country}.',
} as const;

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  place: 'Lieu',
  coordinates: 'Coordonnées',
  events: 'Événements',
  mapLabel: 'Carte : {country} et pays voisins, avec {places}',
  mapLabelNoPlaces: 'Carte : {country} et pays voisins',
  caption: '{country} (en couleur) et pays voisins ; les points marquent les lieux cités dans la note.',
  captionNoPlaces: '{country} (en couleur) et pays voisins.',
  outside: 'hors de la carte : trop loin de {country}',
  noPlaces: 'Aucun lieu de cette note n’a de coordonnées.',
  unavailable: 'Aucune carte n’est disponible pour {country}.',
};

export function word(lang: string, key: Key, vars: Record<string, string | number> = {}): string {
  const text = baseLanguage(lang) === 'fr' ? fr[key] : en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
