import { type PartWords, partWord } from '../../shared/part-words.js';

// The map's words ship with its code, not with `<security-brief>`'s; English is the fallback like there.
const en = {
  map: 'Map',
  mapLoading: 'Loading the map…',
  mapError: 'The map could not be loaded.',
  mapAlternative: 'Places shown on the map',
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

/** The map's words that the package's public `msg` answers to (they were shared words once). */
export type MapWordKey = 'map' | 'mapLoading' | 'mapError' | 'mapAlternative';

const fr: Record<Key, string> = {
  map: 'Carte',
  mapLoading: 'Chargement de la carte…',
  mapError: 'La carte n’a pas pu être chargée.',
  mapAlternative: 'Lieux indiqués sur la carte',
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

export const mapWords: PartWords<Key> = { en, translations: { fr } };

/** A word of the map in `lang`. */
export const word = partWord(mapWords);
