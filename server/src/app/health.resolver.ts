import { Query, Resolver } from 'type-graphql';

@Resolver()
export class HealthResolver {
  @Query(() => String, { description: 'Answers "ok"; lets a client check it reaches the API.' })
  ping(): string {
    return 'ok';
  }
}
