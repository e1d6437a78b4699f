import { Field, InputType } from 'type-graphql';
import { DocumentCategory } from './document.entity.js';

@InputType()
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Only documents of this CUPS.' }) cups?: string | null;
  @Field(() => String, { nullable: true }) folder?: string | null;
  @Field(() => DocumentCategory, { nullable: true }) category?: DocumentCategory | null;
}
