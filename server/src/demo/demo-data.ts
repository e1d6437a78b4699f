import { createHash } from 'node:crypto';
import { buildCups, type AccessTariff, type FiscalIdKind, type TariffPeriod, type UserType } from '@portal/shared';

/**
 * The fixed cast of the demo data: accounts, supply points, contracts and products. Other code
 * (demo users, e2e tests) refers to these constants instead of querying for "some account".
 */

/** A stable UUID from a name, so every demo row has the same id on every seed. */
export function demoUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(`portal-demo:${parts.join(':')}`).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant: valid UUIDs that no random generator produces.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type DemoAccount = {
  key: string;
  id: string;
  fiscalId: string;
  fiscalIdKind: Exclude<FiscalIdKind, 'PASSPORT'>;
  name: string;
  billingEmail: string;
  phone: string;
  address: string;
};

function account(key: string, fields: Omit<DemoAccount, 'key' | 'id'>): DemoAccount {
  return { key, id: demoUuid('account', key), ...fields };
}

export const DEMO_ACCOUNTS = {
  /** A person known only by a DNI. */
  person: account('person', {
    fiscalId: '48213576X',
    fiscalIdKind: 'DNI',
    name: 'Lucía Fernández García',
    billingEmail: 'lucia.fernandez@example.com',
    phone: '+34 612 345 678',
    address: 'Calle de Alcalá 214, 3º B, 28028 Madrid',
  }),
  /** A foreign resident with a NIE. */
  personNie: account('personNie', {
    fiscalId: 'Y4821937R',
    fiscalIdKind: 'NIE',
    name: 'Marco Rossi Bianchi',
    billingEmail: 'marco.rossi@example.es',
    phone: '+34 634 912 207',
    address: 'Carrer de Mallorca 245, 4º 2ª, 08008 Barcelona',
  }),
  /** A company with several CUPS, so a CUPS restriction means something. */
  company: account('company', {
    fiscalId: 'B48752315',
    fiscalIdKind: 'CIF',
    name: 'Talleres Norte SL',
    billingEmail: 'facturacion@talleresnorte.example.es',
    phone: '+34 944 531 620',
    address: 'Polígono Industrial Asua, Calle B, Nave 7, 48950 Erandio (Bizkaia)',
  }),
  /** Same group as `company`: reached through a related fiscal ID. */
  relatedCompany: account('relatedCompany', {
    fiscalId: 'A95184271',
    fiscalIdKind: 'CIF',
    name: 'Norte Renovables SA',
    billingEmail: 'administracion@norterenovables.example.es',
    phone: '+34 944 237 815',
    address: 'Alameda de Mazarredo 47, 48009 Bilbao (Bizkaia)',
  }),
  /** Owns the generating CUPS (generation settlements). */
  generator: account('generator', {
    fiscalId: 'B50912849',
    fiscalIdKind: 'CIF',
    name: 'Solar Campo de Cariñena SL',
    billingEmail: 'liquidaciones@solarcarinena.example.es',
    phone: '+34 976 620 418',
    address: 'Carretera A-220 km 32, 50400 Cariñena (Zaragoza)',
  }),
  /** A household customer who is also getting a solar installation. */
  solarClient: account('solarClient', {
    fiscalId: '30567142G',
    fiscalIdKind: 'DNI',
    name: 'Javier Moreno Ruiz',
    billingEmail: 'javier.moreno@example.com',
    phone: '+34 655 083 914',
    address: 'Urbanización Los Olivos 23, 41930 Bormujos (Sevilla)',
  }),
  /**
   * A solar client who buys her electricity elsewhere: we know her home's CUPS from the
   * registration, but hold no contract and no hourly curve of it (she uploads hers in the roof step).
   */
  solarNewClient: account('solarNewClient', {
    fiscalId: '52871346G',
    fiscalIdKind: 'DNI',
    name: 'Carmen Ortega Vidal',
    billingEmail: 'carmen.ortega@example.com',
    phone: '+34 622 417 390',
    address: 'Calle Betis 31, 41010 Sevilla',
  }),
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

export const DISTRIBUTORS = {
  '0021': 'i-DE Redes Eléctricas Inteligentes',
  '0022': 'UFD Distribución Electricidad',
  '0031': 'e-distribución Redes Digitales',
} as const;

export type DemoProduct = {
  key: string;
  name: string;
  /** Energy term per period, µ€/kWh. */
  energyMicroEurPerKwh: Partial<Record<TariffPeriod, number>>;
  /** Power term per period, µ€/(kW·day). */
  powerMicroEurPerKwDay: Partial<Record<TariffPeriod, number>>;
  /** Meter rental, µ€/day. */
  meterRentalMicroEurPerDay: number;
};

export const DEMO_PRODUCTS = {
  home: {
    key: 'home',
    name: 'Hogar Tres Periodos',
    energyMicroEurPerKwh: { P1: 189_500, P2: 132_400, P3: 98_700 },
    powerMicroEurPerKwDay: { P1: 82_192, P2: 9_589 },
    meterRentalMicroEurPerDay: 26_630,
  },
  flat: {
    key: 'flat',
    name: 'Tarifa Fija 24 Horas',
    energyMicroEurPerKwh: { P1: 145_900, P2: 145_900, P3: 145_900 },
    powerMicroEurPerKwDay: { P1: 82_192, P2: 9_589 },
    meterRentalMicroEurPerDay: 26_630,
  },
  smallBusiness: {
    key: 'smallBusiness',
    name: 'Pyme Tres Periodos',
    energyMicroEurPerKwh: { P1: 172_300, P2: 128_900, P3: 94_500 },
    powerMicroEurPerKwDay: { P1: 85_000, P2: 10_500 },
    meterRentalMicroEurPerDay: 26_630,
  },
  business: {
    key: 'business',
    name: 'Empresa Seis Periodos',
    energyMicroEurPerKwh: { P1: 178_200, P2: 159_400, P3: 136_700, P4: 124_500, P5: 112_300, P6: 96_800 },
    powerMicroEurPerKwDay: { P1: 53_940, P2: 28_290, P3: 11_810, P4: 10_240, P5: 6_570, P6: 3_760 },
    meterRentalMicroEurPerDay: 44_380,
  },
} as const satisfies Record<string, DemoProduct>;

/** How a supply point uses energy, for the simulation. */
export type DemoUsage =
  /** rooftopPvKw: a self-consumption installation of that peak power (the curves then carry solar columns). */
  | { kind: 'household'; scale: number; rooftopPvKw?: number }
  | { kind: 'business'; peakKw: number }
  | { kind: 'generation'; peakKw: number };

export type DemoSupplyPoint = {
  key: string;
  id: string;
  cups: string;
  address: string;
  distributor: string;
  accessTariff: AccessTariff;
  isGenerator: boolean;
  accountKey: DemoAccountKey;
  usage: DemoUsage;
  /**
   * Consumption points have one active contract; generating ones none, nor the CUPS of a solar
   * client who buys from another retailer (no curve of it either: `DEMO_CONSUMPTION_POINTS` only).
   */
  contract?: {
    /** The contract code is CT-<start year>-<sequence, 6 digits>. */
    sequence: number;
    product: DemoProduct;
    /** Contracted power per period in W (P1 ≤ P2 ≤ … for 3.0TD). */
    powerW: Partial<Record<TariffPeriod, number>>;
    /** The contract started on the first of the month this many months before `today`. */
    startMonthsAgo: number;
    /** A simplified-compensation price for surplus in µ€/kWh (none: the hourly market price). */
    compensationMicroEurPerKwh?: number;
  };
};

type SupplyPointFields = Omit<DemoSupplyPoint, 'key' | 'id' | 'cups' | 'distributor' | 'isGenerator'> & {
  /** Distributor code (4 digits) + supply number (12 digits); the control letters are computed. */
  cupsDigits: `${keyof typeof DISTRIBUTORS}${string}`;
};

function supplyPoint(key: string, { cupsDigits, ...fields }: SupplyPointFields): DemoSupplyPoint {
  return {
    key,
    id: demoUuid('supply-point', key),
    cups: buildCups(cupsDigits),
    distributor: DISTRIBUTORS[cupsDigits.slice(0, 4) as keyof typeof DISTRIBUTORS],
    isGenerator: fields.usage.kind === 'generation',
    ...fields,
  };
}

const flat3 = (p1: number, p6: number) => ({ P1: p1, P2: p1, P3: p1, P4: p1, P5: p1, P6: p6 });

export const DEMO_SUPPLY_POINTS = {
  personHome: supplyPoint('personHome', {
    cupsDigits: '0022000008342517',
    address: 'Calle de Alcalá 214, 3º B, 28028 Madrid',
    accessTariff: '2.0TD',
    accountKey: 'person',
    usage: { kind: 'household', scale: 1 },
    contract: { sequence: 101, product: DEMO_PRODUCTS.home, powerW: { P1: 4_600, P2: 4_600 }, startMonthsAgo: 40 },
  }),
  personSecondHome: supplyPoint('personSecondHome', {
    cupsDigits: '0021000019034276',
    address: 'Avenida del Mar 8, 2º A, 03710 Calp (Alicante)',
    accessTariff: '2.0TD',
    accountKey: 'person',
    usage: { kind: 'household', scale: 0.55 },
    contract: { sequence: 102, product: DEMO_PRODUCTS.flat, powerW: { P1: 3_450, P2: 3_450 }, startMonthsAgo: 26 },
  }),
  personNieHome: supplyPoint('personNieHome', {
    cupsDigits: '0031405862371094',
    address: 'Carrer de Mallorca 245, 4º 2ª, 08008 Barcelona',
    accessTariff: '2.0TD',
    accountKey: 'personNie',
    usage: { kind: 'household', scale: 0.85 },
    contract: { sequence: 103, product: DEMO_PRODUCTS.home, powerW: { P1: 3_450, P2: 3_450 }, startMonthsAgo: 18 },
  }),
  companyWorkshop: supplyPoint('companyWorkshop', {
    cupsDigits: '0021000004417823',
    address: 'Polígono Industrial Asua, Calle B, Nave 7, 48950 Erandio (Bizkaia)',
    accessTariff: '3.0TD',
    accountKey: 'company',
    usage: { kind: 'business', peakKw: 42 },
    contract: { sequence: 104, product: DEMO_PRODUCTS.business, powerW: flat3(45_000, 50_000), startMonthsAgo: 60 },
  }),
  companyWarehouse: supplyPoint('companyWarehouse', {
    cupsDigits: '0021000004417901',
    address: 'Calle Txorierri 14, 48150 Sondika (Bizkaia)',
    accessTariff: '3.0TD',
    accountKey: 'company',
    usage: { kind: 'business', peakKw: 22 },
    contract: { sequence: 105, product: DEMO_PRODUCTS.business, powerW: flat3(25_000, 30_000), startMonthsAgo: 60 },
  }),
  companyOffice: supplyPoint('companyOffice', {
    cupsDigits: '0021000011258364',
    address: 'Calle Gran Vía 38, 5º, 48009 Bilbao (Bizkaia)',
    accessTariff: '2.0TD',
    accountKey: 'company',
    usage: { kind: 'business', peakKw: 5.5 },
    contract: { sequence: 106, product: DEMO_PRODUCTS.smallBusiness, powerW: { P1: 9_200, P2: 9_200 }, startMonthsAgo: 48 },
  }),
  relatedCompanyOffice: supplyPoint('relatedCompanyOffice', {
    cupsDigits: '0021000016730452',
    address: 'Alameda de Mazarredo 47, 48009 Bilbao (Bizkaia)',
    accessTariff: '3.0TD',
    accountKey: 'relatedCompany',
    usage: { kind: 'business', peakKw: 28 },
    contract: { sequence: 107, product: DEMO_PRODUCTS.business, powerW: flat3(30_000, 35_000), startMonthsAgo: 30 },
  }),
  generatorPlant: supplyPoint('generatorPlant', {
    cupsDigits: '0031300457812396',
    address: 'Paraje La Muela, polígono 12, parcela 48, 50400 Cariñena (Zaragoza)',
    accessTariff: '6.1TD',
    accountKey: 'generator',
    usage: { kind: 'generation', peakKw: 1_800 },
  }),
  solarClientHome: supplyPoint('solarClientHome', {
    cupsDigits: '0031408127365548',
    address: 'Urbanización Los Olivos 23, 41930 Bormujos (Sevilla)',
    accessTariff: '2.0TD',
    accountKey: 'solarClient',
    usage: { kind: 'household', scale: 1.25, rooftopPvKw: 4.2 },
    contract: { sequence: 108, product: DEMO_PRODUCTS.home, powerW: { P1: 5_750, P2: 5_750 }, startMonthsAgo: 84, compensationMicroEurPerKwh: 60_000 },
  }),
  /** No contract and no measurements: the solar estimate has no consumption until a curve file comes. */
  solarNewClientHome: supplyPoint('solarNewClientHome', {
    cupsDigits: '0031408790215563',
    address: 'Calle Betis 31, 41010 Sevilla',
    accessTariff: '2.0TD',
    accountKey: 'solarNewClient',
    usage: { kind: 'household', scale: 0.9 },
  }),
} as const satisfies Record<string, DemoSupplyPoint>;

export type DemoSupplyPointKey = keyof typeof DEMO_SUPPLY_POINTS;

export const DEMO_SUPPLY_POINT_LIST: readonly DemoSupplyPoint[] = Object.values(DEMO_SUPPLY_POINTS);
export const DEMO_CONSUMPTION_POINTS = DEMO_SUPPLY_POINT_LIST.filter((point) => point.contract !== undefined);

/**
 * The scopes the access layer should give the demo users (one per role the product describes).
 * `cupsRestriction: []` means all CUPS of the fiscal scope.
 */
export type DemoUserScope = {
  email: string;
  name: string;
  userTypes: readonly UserType[];
  dni: string | null;
  cif: string | null;
  relatedFiscalIds: readonly string[];
  cupsRestriction: readonly string[];
};

export const DEMO_USER_SCOPES = {
  /** DNI only: sees both homes of Lucía. */
  person: {
    email: DEMO_ACCOUNTS.person.billingEmail,
    name: DEMO_ACCOUNTS.person.name,
    userTypes: ['WEB_CLIENT_FORECAST'],
    dni: DEMO_ACCOUNTS.person.fiscalId,
    cif: null,
    relatedFiscalIds: [],
    cupsRestriction: [],
  },
  /** CIF + the group company's CIF, restricted to three of the four CUPS (the Bilbao office is left out). */
  company: {
    email: DEMO_ACCOUNTS.company.billingEmail,
    name: DEMO_ACCOUNTS.company.name,
    userTypes: ['WEB_CLIENT_MEASUREMENTS'],
    dni: null,
    cif: DEMO_ACCOUNTS.company.fiscalId,
    relatedFiscalIds: [DEMO_ACCOUNTS.relatedCompany.fiscalId],
    cupsRestriction: [
      DEMO_SUPPLY_POINTS.companyWorkshop.cups,
      DEMO_SUPPLY_POINTS.companyWarehouse.cups,
      DEMO_SUPPLY_POINTS.relatedCompanyOffice.cups,
    ],
  },
  generator: {
    email: DEMO_ACCOUNTS.generator.billingEmail,
    name: DEMO_ACCOUNTS.generator.name,
    userTypes: ['WEB_CLIENT_GENERATOR'],
    dni: null,
    cif: DEMO_ACCOUNTS.generator.fiscalId,
    relatedFiscalIds: [],
    cupsRestriction: [],
  },
  solarClient: {
    email: DEMO_ACCOUNTS.solarClient.billingEmail,
    name: DEMO_ACCOUNTS.solarClient.name,
    userTypes: ['SOLAR_CLIENT', 'WEB_CLIENT'],
    dni: DEMO_ACCOUNTS.solarClient.fiscalId,
    cif: null,
    relatedFiscalIds: [],
    cupsRestriction: [],
  },
  /** DNI only: her installation and the CUPS of her home, which has no curve yet. */
  solarNewClient: {
    email: DEMO_ACCOUNTS.solarNewClient.billingEmail,
    name: DEMO_ACCOUNTS.solarNewClient.name,
    userTypes: ['SOLAR_CLIENT'],
    dni: DEMO_ACCOUNTS.solarNewClient.fiscalId,
    cif: null,
    relatedFiscalIds: [],
    cupsRestriction: [],
  },
} as const satisfies Record<string, DemoUserScope>;
