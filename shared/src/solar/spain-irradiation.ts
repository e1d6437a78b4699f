/**
 * Monthly mean daily global horizontal irradiation (kWh/m²·day, January … December) of the
 * reference climates of the Spanish building code: the hourly climate files of the Código Técnico de
 * la Edificación, DB-HE ("climas de referencia", one `zona<zone>.met` per climate zone, in solar
 * time; Ministerio de Fomento, codigotecnico.org). Read from the copy in github.com/pachi/envolventecte
 * (branch gh-pages, commit 76290be8ed32d05e127374cc618b08a7260e0bfe, folder climas/); the column
 * layout (month, day, hour, …, direct horizontal W/m², diffuse horizontal W/m², …) is that of
 * github.com/pachi/cteenergymodel climate/src/met.rs (commit 59f134e3546fcb065ead6896752d933c0f812d42).
 * Each figure is Σ (direct + diffuse) over the month's 8,760-hour-year rows / days / 1000, rounded to
 * 0.01; they agree within 0.1 kWh/m² a month with that project's own monthly table
 * (bemodel/src/climatedata/monthlyraddata.rs).
 *
 * These are a climate zone's reference year, not a measurement at the city: the code builds each
 * zone's October–May from its winter letter and June–September from its summer number, so cities of
 * one zone share their figures, and the reference years read a little lower than satellite
 * climatologies. The estimate says it is a reference figure, not a forecast.
 */
const CTE_ZONE_DAILY_GHI = {
  A3: [2.63, 3.38, 4.4, 5.42, 6.53, 6.82, 7.1, 6.39, 5.01, 3.92, 2.86, 2.39],
  B3: [2.39, 3.18, 4.22, 5.23, 6.27, 6.82, 7.09, 6.39, 5.01, 3.68, 2.64, 2.13],
  B4: [2.39, 3.18, 4.22, 5.23, 6.27, 7.16, 7.58, 6.82, 5.22, 3.68, 2.64, 2.13],
  C1: [1.83, 2.53, 3.63, 4.53, 5.53, 5.99, 6.3, 5.61, 4.2, 3.1, 2.08, 1.59],
  C2: [1.83, 2.53, 3.63, 4.53, 5.53, 6.47, 6.99, 6.25, 4.64, 3.1, 2.08, 1.59],
  D2: [1.75, 2.64, 3.74, 4.77, 5.82, 6.47, 6.99, 6.25, 4.64, 3.22, 2.06, 1.51],
  D3: [1.75, 2.64, 3.74, 4.77, 5.82, 6.82, 7.09, 6.39, 5.01, 3.22, 2.06, 1.51],
  /** α3, the Canary Islands' coastal zone (file zonaAlfa3c.met). */
  α3: [3.71, 4.52, 5.37, 6.21, 6.72, 7.14, 7.1, 6.39, 5.22, 4.87, 3.95, 3.46],
} as const satisfies Record<string, readonly number[]>;

export type CteClimateZone = keyof typeof CTE_ZONE_DAILY_GHI;

export interface IrradiationSite {
  name: string;
  lat: number;
  lng: number;
  /** The city's climate zone in DB-HE 2019, Annex B (as listed by github.com/pachi/zonificacion-climatica-cte). */
  climateZone: CteClimateZone;
  /** kWh/m² per day, monthly mean, January first: its zone's reference climate. */
  dailyGhiKWhM2: readonly number[];
}

const site = (name: string, lat: number, lng: number, climateZone: CteClimateZone): IrradiationSite => ({
  name,
  lat,
  lng,
  climateZone,
  dailyGhiKWhM2: CTE_ZONE_DAILY_GHI[climateZone],
});

/** Provincial capitals spread over the country; a point takes the reference climate of the nearest. */
export const SPAIN_IRRADIATION_SITES: readonly IrradiationSite[] = Object.freeze([
  site('A Coruña', 43.37, -8.4, 'C1'),
  site('Bilbao', 43.26, -2.93, 'C1'),
  site('Valladolid', 41.65, -4.72, 'D2'),
  site('Zaragoza', 41.65, -0.88, 'D3'),
  site('Barcelona', 41.39, 2.17, 'C2'),
  site('Madrid', 40.42, -3.7, 'D3'),
  site('Palma', 39.57, 2.65, 'B3'),
  site('Valencia', 39.47, -0.38, 'B3'),
  site('Murcia', 37.98, -1.13, 'B3'),
  site('Sevilla', 37.39, -5.98, 'B4'),
  site('Málaga', 36.72, -4.42, 'A3'),
  site('Las Palmas de Gran Canaria', 28.12, -15.43, 'α3'),
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
