import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { MarketPriceService } from './market-price.service.js';
import { MarketPriceSeries } from './market-price.types.js';

@Resolver()
export class MarketPriceResolver {
  @Query(() => MarketPriceSeries, { description: 'Day-ahead market prices (public data) with a summary per local day; at most 13 months.' })
  marketPrices(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { em }: Context,
  ): Promise<MarketPriceSeries> {
    return new MarketPriceService(em).series(from, to);
  }
}
