import { randomUUID } from 'node:crypto';
import { Migration } from '@mikro-orm/migrations';

type Text = { es: string; en: string };
type Substate = { internal: string; name: Text; description: Text; view: 'GENERAL' | 'PARTICULAR'; action?: string; hidden?: boolean };
type State = { internal: string; name: Text; description: Text; hidden?: boolean; substates: Substate[] };

/**
 * The residential self-consumption flow every deployment starts with (seed 004's example:
 * registration → technical visit → offer → signature → installation → legalisation → done).
 * Admins rename, reorder and hide its steps in the flow editor; this is only the first version.
 */
export const DEFAULT_FLOW_NAME = 'Autoconsumo residencial';

const STATES: State[] = [
  {
    internal: 'Alta',
    name: { es: 'Alta del cliente', en: 'Registration' },
    description: { es: 'Hemos recibido tu solicitud y preparamos tu estudio.', en: 'We have your request and are preparing your study.' },
    substates: [
      { internal: 'Registro recibido', view: 'GENERAL', name: { es: 'Solicitud recibida', en: 'Request received' }, description: { es: 'Tu solicitud está registrada. Te avisaremos de cada paso.', en: 'Your request is registered. We will let you know at every step.' } },
      { internal: 'Documentación del cliente', view: 'PARTICULAR', action: 'DOCUMENTS', name: { es: 'Documentación', en: 'Documents' }, description: { es: 'Sube los documentos que te pedimos para preparar tu oferta.', en: 'Upload the documents we ask for to prepare your offer.' } },
    ],
  },
  {
    internal: 'Visita técnica',
    name: { es: 'Estudio técnico', en: 'Technical study' },
    description: { es: 'Estudiamos tu tejado para diseñar la instalación.', en: 'We study your roof to design the installation.' },
    substates: [
      { internal: 'Dibujo de cubierta', view: 'PARTICULAR', action: 'DRAWING', name: { es: 'Dibuja tu tejado', en: 'Draw your roof' }, description: { es: 'Sitúa tu casa en el mapa y dibuja las caras del tejado donde irían los paneles.', en: 'Find your home on the map and draw the roof faces where the panels would go.' } },
      { internal: 'Visita técnica', view: 'PARTICULAR', action: 'INSTALLER_VISIT', name: { es: 'Visita técnica', en: 'Technical visit' }, description: { es: 'Un técnico visitará tu vivienda para comprobar el tejado y la instalación eléctrica.', en: 'A technician will visit your home to check the roof and the wiring.' } },
      { internal: 'Revisión interna del estudio', view: 'GENERAL', hidden: true, name: { es: 'Revisión del estudio', en: 'Study review' }, description: { es: 'Revisamos el estudio.', en: 'We review the study.' } },
    ],
  },
  {
    internal: 'Oferta',
    name: { es: 'Oferta', en: 'Offer' },
    description: { es: 'Te proponemos una o varias ofertas para que elijas.', en: 'We propose one or more offers for you to choose from.' },
    substates: [
      { internal: 'Oferta compartida', view: 'PARTICULAR', action: 'OFFER', name: { es: 'Elige tu oferta', en: 'Choose your offer' }, description: { es: 'Descarga las ofertas y acepta la que prefieras.', en: 'Download the offers and accept the one you prefer.' } },
    ],
  },
  {
    internal: 'Firma',
    name: { es: 'Firma del contrato', en: 'Contract signing' },
    description: { es: 'Firma el contrato de tu instalación.', en: 'Sign the contract for your installation.' },
    substates: [
      { internal: 'Firma de contrato', view: 'PARTICULAR', action: 'CONTRACT_SIGNING', name: { es: 'Firma los documentos', en: 'Sign the documents' }, description: { es: 'Descarga cada documento, fírmalo y sube la copia firmada.', en: 'Download each document, sign it and upload the signed copy.' } },
    ],
  },
  {
    internal: 'Instalación',
    name: { es: 'Instalación', en: 'Installation' },
    description: { es: 'Montamos tus paneles.', en: 'We fit your panels.' },
    substates: [
      { internal: 'Instalación programada', view: 'PARTICULAR', action: 'INSTALLER_VISIT', name: { es: 'Día de la instalación', en: 'Installation day' }, description: { es: 'Consulta cuándo llega el equipo instalador y añádelo a tu calendario.', en: 'See when the installers arrive and add it to your calendar.' } },
      { internal: 'Instalando', view: 'GENERAL', name: { es: 'Instalando tus paneles', en: 'Installing your panels' }, description: { es: 'El equipo está montando la instalación.', en: 'The team is fitting the installation.' } },
    ],
  },
  {
    internal: 'Legalización',
    name: { es: 'Legalización', en: 'Legalisation' },
    description: { es: 'Tramitamos los permisos y el alta del autoconsumo.', en: 'We handle the permits and register your self-consumption.' },
    substates: [
      { internal: 'Trámites con distribuidora', view: 'GENERAL', name: { es: 'Trámites con la distribuidora', en: 'Paperwork with the distributor' }, description: { es: 'Estamos tramitando el autoconsumo con tu distribuidora.', en: 'We are registering your self-consumption with your distributor.' } },
      { internal: 'Control de calidad', view: 'GENERAL', hidden: true, name: { es: 'Control de calidad', en: 'Quality check' }, description: { es: 'Revisión final.', en: 'Final check.' } },
    ],
  },
  {
    internal: 'Cierre',
    name: { es: 'Finalizada', en: 'Completed' },
    description: { es: 'Tu instalación ha terminado.', en: 'Your installation is finished.' },
    substates: [
      { internal: 'Finalizada con éxito', view: 'PARTICULAR', action: 'FINALIZATION_SUCCESS', name: { es: '¡Instalación completada!', en: 'Installation completed!' }, description: { es: 'Ya produces tu propia energía.', en: 'You are now producing your own energy.' } },
      { internal: 'No completada', view: 'PARTICULAR', action: 'FINALIZATION_FAILED', name: { es: 'No se ha podido completar', en: 'Could not be completed' }, description: { es: 'La instalación no ha podido completarse.', en: 'The installation could not be completed.' } },
    ],
  },
];

/** Inserts the default flow, frozen here as shipped (later edits live in the database). */
export class Migration20261122131500 extends Migration {
  override async up(): Promise<void> {
    const flowId = randomUUID();
    this.sql(`insert into flow (id, name, restart_allowed, created_at) values (?, ?, true, now())`, [flowId, DEFAULT_FLOW_NAME]);
    STATES.forEach((state, statePosition) => {
      const stateId = randomUUID();
      this.sql(
        `insert into flow_state (id, flow_id, position, internal_name, portal_name, portal_description, portal_visible) values (?, ?, ?, ?, ?, ?, ?)`,
        [stateId, flowId, statePosition, state.internal, JSON.stringify(state.name), JSON.stringify(state.description), !state.hidden],
      );
      state.substates.forEach((substate, position) => {
        this.sql(
          `insert into flow_substate (id, state_id, position, internal_name, portal_name, portal_description, portal_visible, view, action) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            randomUUID(),
            stateId,
            position,
            substate.internal,
            JSON.stringify(substate.name),
            JSON.stringify(substate.description),
            !substate.hidden,
            substate.view,
            substate.action ?? null,
          ],
        );
      });
    });
  }

  /** A statement with `?` parameters, bound by knex. */
  private sql(statement: string, params: unknown[]): void {
    this.addSql(this.getKnex().raw(statement, params as never[]));
  }

  override async down(): Promise<void> {
    this.sql(`delete from flow_substate where state_id in (select s.id from flow_state s join flow f on f.id = s.flow_id where f.name = ?)`, [DEFAULT_FLOW_NAME]);
    this.sql(`delete from flow_state where flow_id in (select id from flow where name = ?)`, [DEFAULT_FLOW_NAME]);
    this.sql(`delete from flow where name = ?`, [DEFAULT_FLOW_NAME]);
  }
}
