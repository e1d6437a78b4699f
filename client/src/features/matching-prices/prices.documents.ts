import { graphql } from '../../__generated__/gql.js';

// A day's summary: the day view shows its own, the 30-day view one per day.
graphql(`
  fragment PriceDaySummary on MarketPriceDay {
    date
    averageEs
    minEs
    maxEs
    averagePt
    minPt
    maxPt
  }
`);

export const PRICES_DAY = graphql(`
  query PricesDay($from: Date!, $to: Date!) {
    marketPrices(from: $from, to: $to) {
      from
      to
      points { start intervalMinutes priceEs pricePt }
      days { ...PriceDaySummary }
    }
  }
`);

export const PRICES_DAILY = graphql(`
  query PricesDaily($from: Date!, $to: Date!) {
    marketPrices(from: $from, to: $to) {
      from
      to
      days { ...PriceDaySummary }
    }
  }
`);
