import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import { OutboxStatus } from './outbox-email.entity.js';

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its (next) delivery attempt.' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Given up on after the last attempt; an admin may retry it.' },
    EXPIRED: { description: 'Its sign-in link or code expired before delivery: not sent late, body erased.' },
  },
});

@ObjectType('OutboxEmail', { description: 'A message of the sent e-mail log (the outbox), as rendered when queued.' })
export class OutboxEmailView {
  @Field(() => ID) id!: string;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'The template it was rendered from, e.g. welcome.' }) templateKey!: string;
  @Field(() => OutboxStatus) status!: OutboxStatus;

  @Field(() => Int, { description: 'Failed delivery attempts so far (reset to 0 by retryOutboxEmail).' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (kept after a retry until it is delivered).' })
  lastError!: string | null;

  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the next attempt is due (PENDING).' }) nextAttemptAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt!: Date | null;

  @Field(() => Boolean, {
    description: 'The message carries a sign-in link or code: never shown, whatever its status (text and html are null).',
  })
  redacted!: boolean;

  @Field(() => String, { nullable: true, description: 'The plain-text body; null when redacted.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'The HTML body (untrusted for display: render sandboxed); null when redacted or none.' })
  html!: string | null;
}

@ObjectType('OutboxEmailConnection')
export class OutboxEmailConnection {
  @Field(() => [OutboxEmailView]) nodes!: OutboxEmailView[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Rows matching the filter, over all pages.' }) totalCount!: number;
}

@InputType({ description: 'Sent e-mail log filter; every field is optional.' })
export class OutboxEmailFilter {
  @Field(() => OutboxStatus, { nullable: true }) status?: OutboxStatus | null;

  @Field(() => String, { nullable: true, description: 'Contained in the recipient or the subject (any case).' })
  search?: string | null;
}
