import { defineMessages } from '../lib/i18n.js';

export const useAdminMessages = defineMessages({
  es: {
    'nav.label': 'Administración',
    'nav.portal': 'Ver el portal de cliente',
    'nav.users': 'Usuarios',
    'nav.accounts': 'Clientes y contratos',
    'nav.installations': 'Instalaciones',
    'nav.flows': 'Flujos',
    'nav.incidents': 'Incidencias',
    'nav.templates': 'Plantillas de correo',
    'nav.actions': 'Acciones',
    'nav.outbox': 'Correos enviados',
    'nav.imports': 'Importar datos',
    'nav.settings': 'Ajustes',
    'placeholder': 'Esta pantalla está en preparación.',
  },
  en: {
    'nav.label': 'Administration',
    'nav.portal': 'View the customer portal',
    'nav.users': 'Users',
    'nav.accounts': 'Customers and contracts',
    'nav.installations': 'Installations',
    'nav.flows': 'Flows',
    'nav.incidents': 'Incidents',
    'nav.templates': 'E-mail templates',
    'nav.actions': 'Actions',
    'nav.outbox': 'Sent e-mails',
    'nav.imports': 'Data import',
    'nav.settings': 'Settings',
    'placeholder': 'This screen is being prepared.',
  },
});
