import { Contract } from '../../modules/contracts/contract.entity.js';
import { CustomerAccount } from '../../modules/customers/customer-account.entity.js';
import { Document } from '../../modules/documents/document.entity.js';
import { Forecast } from '../../modules/forecasts/forecast.entity.js';
import { GenerationSettlement } from '../../modules/generation/generation-settlement.entity.js';
import { Invoice } from '../../modules/invoices/invoice.entity.js';
import { MarketPrice } from '../../modules/market-prices/market-price.entity.js';
import { Measurement } from '../../modules/measurements/measurement.entity.js';
import { SupplyPoint } from '../../modules/supply-points/supply-point.entity.js';
import { AppMeta } from './app-meta.entity.js';

/** Every entity, listed explicitly: no folder scanning, so tsx, vitest and dist behave alike. */
export const ENTITIES = [
  AppMeta,
  CustomerAccount,
  SupplyPoint,
  Contract,
  Document,
  Invoice,
  Measurement,
  Forecast,
  GenerationSettlement,
  MarketPrice,
];
