/**
 * Monthly mean daily global horizontal irradiation (kWh/m²·day, January … December) at Spanish
 * reference sites, rounded to 0.1. The public source these figures stand for is AEMET's "Atlas de
 * Radiación Solar en España utilizando datos del SAF de Clima de EUMETSAT" (2012), tables of
 * monthly means of daily global irradiation at the provincial capitals (1983–2005). They were
 * written here without that table at hand (no network on the machine that wrote them): they are
 * approximations, not a transcription, and are still to be checked row by row against the atlas
 * (the estimate on screen says it is indicative). A site takes the figures
 * of its nearest reference; a given year differs from these climatological means by a few per cent.
 */
export interface IrradiationSite {
  name: string;
  lat: number;
  lng: number;
  /** kWh/m² per day, monthly mean, January first. */
  dailyGhiKWhM2: readonly number[];
}

export const SPAIN_IRRADIATION_SITES: readonly IrradiationSite[] = Object.freeze([
  { name: 'A Coruña', lat: 43.37, lng: -8.4, dailyGhiKWhM2: [1.5, 2.3, 3.5, 4.6, 5.5, 6.0, 6.2, 5.3, 4.1, 2.7, 1.7, 1.3] },
  { name: 'Bilbao', lat: 43.26, lng: -2.93, dailyGhiKWhM2: [1.5, 2.2, 3.2, 3.9, 4.9, 5.3, 5.4, 4.7, 3.8, 2.6, 1.6, 1.3] },
  { name: 'Valladolid', lat: 41.65, lng: -4.72, dailyGhiKWhM2: [1.6, 2.7, 4.2, 5.3, 6.3, 7.2, 7.5, 6.6, 5.0, 3.1, 1.9, 1.4] },
  { name: 'Zaragoza', lat: 41.65, lng: -0.88, dailyGhiKWhM2: [1.9, 2.9, 4.4, 5.5, 6.6, 7.4, 7.5, 6.5, 5.0, 3.3, 2.1, 1.6] },
  { name: 'Barcelona', lat: 41.39, lng: 2.17, dailyGhiKWhM2: [2.0, 2.8, 4.0, 5.1, 6.0, 6.6, 6.6, 5.7, 4.5, 3.2, 2.2, 1.8] },
  { name: 'Madrid', lat: 40.42, lng: -3.7, dailyGhiKWhM2: [2.0, 2.9, 4.3, 5.4, 6.5, 7.4, 7.6, 6.7, 5.1, 3.4, 2.3, 1.8] },
  { name: 'Palma', lat: 39.57, lng: 2.65, dailyGhiKWhM2: [2.3, 3.1, 4.4, 5.4, 6.5, 7.1, 7.2, 6.2, 4.8, 3.5, 2.5, 2.0] },
  { name: 'Valencia', lat: 39.47, lng: -0.38, dailyGhiKWhM2: [2.5, 3.3, 4.6, 5.6, 6.5, 7.0, 7.1, 6.2, 4.9, 3.6, 2.6, 2.2] },
  { name: 'Murcia', lat: 37.98, lng: -1.13, dailyGhiKWhM2: [2.8, 3.6, 5.0, 6.0, 7.0, 7.6, 7.6, 6.7, 5.3, 4.0, 3.0, 2.5] },
  { name: 'Sevilla', lat: 37.39, lng: -5.98, dailyGhiKWhM2: [2.6, 3.5, 4.9, 6.0, 7.1, 7.8, 7.8, 7.0, 5.6, 4.0, 2.9, 2.3] },
  { name: 'Málaga', lat: 36.72, lng: -4.42, dailyGhiKWhM2: [2.8, 3.6, 4.9, 6.0, 7.0, 7.6, 7.6, 6.8, 5.4, 4.0, 3.0, 2.5] },
  { name: 'Las Palmas de Gran Canaria', lat: 28.12, lng: -15.43, dailyGhiKWhM2: [3.7, 4.4, 5.4, 6.0, 6.6, 6.8, 7.0, 6.6, 5.8, 4.7, 3.9, 3.5] },
]);

/** The reference site nearest to a point (great-circle distance). */
export function nearestIrradiationSite(lat: number, lng: number): IrradiationSite {
  const rad = Math.PI / 180;
  const distance = (site: IrradiationSite) =>
    Math.acos(
      Math.min(1, Math.sin(lat * rad) * Math.sin(site.lat * rad) + Math.cos(lat * rad) * Math.cos(site.lat * rad) * Math.cos((lng - site.lng) * rad)),
    );
  return SPAIN_IRRADIATION_SITES.reduce((best, site) => (distance(site) < distance(best) ? site : best));
}
