import { DocumentRequestStatus } from '../installation-documents/installation-document.entity.js';
import { OfferStatus } from '../installation-offers/installation-offers.entity.js';
import { PortalAction } from '../installations/flow.entity.js';
import { TransitionKind } from '../installations/installation.entity.js';
import { CustomerActionKind } from './installation-activity.types.js';

/*
 * An installation's customer activity in SQL, for `installation i` joined with its current
 * `flow_substate s`: lateral subqueries (one pass per listed installation, by the installation_id
 * indexes), so a whole page and its sort come from one statement. The values are constants of the
 * owning modules' enums, inlined: they are identifiers, never input.
 */

/** What waits for staff: uploads to review; an accepted offer or a signed copy while the installation still sits in that step. */
const WAITING = `
  cross join lateral (
    select count(*)::int as documents_to_review, min(r.updated_at) as documents_since
      from document_request r where r.installation_id = i.id and r.status = '${DocumentRequestStatus.UPLOADED}'
  ) waiting_documents
  cross join lateral (
    select count(*)::int as accepted_offers, min(o.accepted_at) as offers_since
      from offer o where o.installation_id = i.id and o.status = '${OfferStatus.ACCEPTED}' and s.action = '${PortalAction.OFFER}'
  ) waiting_offers
  cross join lateral (
    select count(*)::int as signed_copies, min(g.signed_at) as signed_since
      from signing_document g where g.installation_id = i.id and g.signed_at is not null and s.action = '${PortalAction.CONTRACT_SIGNING}'
  ) waiting_signed`;

/** The customer's latest action on the installation, of every kind the tables record with its time. */
const LAST_ACTION = `
  left join lateral (
    select action.kind as last_action_kind, action.at as last_action_at from (
      select '${CustomerActionKind.DOCUMENT_UPLOADED}' as kind, d.created_at as at
        from document_request r join document_request_file f on f.document_request_id = r.id join document d on d.id = f.document_id
        where r.installation_id = i.id
      union all
      select '${CustomerActionKind.OFFER_ACCEPTED}', o.accepted_at from offer o where o.installation_id = i.id and o.accepted_at is not null
      union all
      select '${CustomerActionKind.SIGNED_COPY_UPLOADED}', g.signed_at from signing_document g where g.installation_id = i.id and g.signed_at is not null
      union all
      select '${CustomerActionKind.ROOF_DRAWN}', rd.updated_at
        from roof_drawing rd join app_user u on u.id = rd.updated_by_id where rd.installation_id = i.id and not u.is_admin
      union all
      select '${CustomerActionKind.VISIT_VIEWED}', v.viewed_at from installer_visit v where v.installation_id = i.id and v.viewed_at is not null
      union all
      select '${CustomerActionKind.RESTARTED}', t.at from installation_transition t where t.installation_id = i.id and t.kind = '${TransitionKind.RESTARTED}'
    ) action order by action.at desc limit 1
  ) last_action on true`;

/** The joins that give every activity column (after `from installation i join flow_substate s on s.id = i.substate_id`). */
export const ACTIVITY_JOINS = `${WAITING}${LAST_ACTION}`;

/** Since when the oldest waiting item waits (LEAST skips nulls); null when nothing waits. */
export const WAITING_SINCE = `least(waiting_documents.documents_since, waiting_offers.offers_since, waiting_signed.signed_since)`;

/** The activity columns, named as `activityOf` reads them. */
export const ACTIVITY_COLUMNS = `waiting_documents.documents_to_review, waiting_offers.accepted_offers, waiting_signed.signed_copies,
  ${WAITING_SINCE} as waiting_since, last_action.last_action_kind, last_action.last_action_at`;

export type ActivityRow = {
  documents_to_review: number;
  accepted_offers: number;
  signed_copies: number;
  waiting_since: Date | string | null;
  last_action_kind: CustomerActionKind | null;
  last_action_at: Date | string | null;
};
