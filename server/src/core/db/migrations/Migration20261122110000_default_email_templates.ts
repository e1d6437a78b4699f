import { Migration } from '@mikro-orm/migrations';

type DefaultTemplate = { key: string; language: 'es' | 'en'; subject: string; body: string };

const SIGNATURE_ES = 'Un saludo,\nEl equipo de atención al cliente';
const SIGNATURE_EN = 'Kind regards,\nThe customer care team';

/** The templates the portal sends, as shipped; admins edit them later (same key and language). */
const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    key: 'welcome',
    language: 'es',
    subject: 'Te damos la bienvenida a tu Portal de clientes',
    body: `Hola |client_name|:

Te damos la bienvenida a tu Portal de clientes. Desde él podrás consultar tus contratos, facturas y consumos y seguir tu instalación solar cuando quieras.

Para entrar por primera vez y elegir tu contraseña, abre este enlace:
|portal_link|

El enlace es personal, solo sirve una vez y caduca en |link_valid_days| días. Si caduca, podrás pedir un código de acceso con tu correo electrónico en la página de entrada.

Si no esperabas este correo, puedes ignorarlo.

${SIGNATURE_ES}`,
  },
  {
    key: 'welcome',
    language: 'en',
    subject: 'Welcome to your Customer Portal',
    body: `Hello |client_name|,

Welcome to your Customer Portal. There you can check your contracts, invoices and consumption and follow your solar installation whenever you like.

To sign in for the first time and choose your password, open this link:
|portal_link|

The link is personal, works only once and expires in |link_valid_days| days. If it expires, you can ask for a sign-in code with your e-mail address on the sign-in page.

If you were not expecting this e-mail, you can ignore it.

${SIGNATURE_EN}`,
  },
  {
    key: 'magic-link',
    language: 'es',
    subject: 'Tu enlace de acceso al Portal de clientes',
    body: `Hola |client_name|:

Aquí tienes tu enlace para entrar en el Portal de clientes:
|portal_link|

Es personal, solo sirve una vez y caduca en 45 minutos. Si ya no funciona, podrás pedir un código de acceso con tu correo electrónico.

Si no has pedido este enlace, ignora este mensaje: nadie puede entrar sin él.

${SIGNATURE_ES}`,
  },
  {
    key: 'magic-link',
    language: 'en',
    subject: 'Your link to the Customer Portal',
    body: `Hello |client_name|,

Here is your link to sign in to the Customer Portal:
|portal_link|

It is personal, works only once and expires in 45 minutes. If it no longer works, you can ask for a sign-in code with your e-mail address.

If you did not ask for this link, ignore this message: nobody can sign in without it.

${SIGNATURE_EN}`,
  },
  {
    key: 'login-code',
    language: 'es',
    subject: 'Tu código de acceso al Portal de clientes',
    body: `Hola |client_name|:

Tu código de acceso al Portal de clientes es:

|client_code_verification|

Escríbelo en la pantalla de acceso. Caduca en |code_valid_minutes| minutos y solo sirve una vez.

Si no lo has pedido, ignora este mensaje. Nunca te pediremos este código por teléfono ni por correo.

${SIGNATURE_ES}`,
  },
  {
    key: 'login-code',
    language: 'en',
    subject: 'Your Customer Portal sign-in code',
    body: `Hello |client_name|,

Your sign-in code for the Customer Portal is:

|client_code_verification|

Type it on the sign-in screen. It expires in |code_valid_minutes| minutes and works only once.

If you did not ask for it, ignore this message. We will never ask you for this code by phone or e-mail.

${SIGNATURE_EN}`,
  },
  {
    key: 'client-registered',
    language: 'es',
    subject: 'Ya tienes acceso a tu Portal de clientes',
    body: `Hola |client_name|:

Gracias por confiar en nosotros. Ya tienes acceso a tu Portal de clientes, donde podrás seguir tu oferta y tu instalación, consultar tus documentos y mantener tus datos al día.

Entra desde aquí:
|portal_link|

Si el enlace ha caducado o ya lo has usado, pide un código de acceso con tu correo electrónico en la página de entrada.

${SIGNATURE_ES}`,
  },
  {
    key: 'client-registered',
    language: 'en',
    subject: 'Your Customer Portal is ready',
    body: `Hello |client_name|,

Thank you for choosing us. You now have access to your Customer Portal, where you can follow your offer and your installation, check your documents and keep your details up to date.

Sign in here:
|portal_link|

If the link has expired or has already been used, ask for a sign-in code with your e-mail address on the sign-in page.

${SIGNATURE_EN}`,
  },
];

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class Migration20261122110000 extends Migration {
  override async up(): Promise<void> {
    for (const template of DEFAULT_TEMPLATES) {
      this.addSql(
        `insert into "email_template" ("id", "key", "language", "subject", "body", "updated_at") values (gen_random_uuid(), ${[
          template.key,
          template.language,
          template.subject,
          template.body,
        ]
          .map(literal)
          .join(', ')}, now()) on conflict ("key", "language") do nothing;`,
      );
    }
    // The sign-in code e-mail (seed 004: the "login-code" action of the "Portal de cliente" tab).
    this.addSql(
      `insert into "portal_event_action" ("event", "template_key", "enabled") values ('login-code', 'login-code', true) on conflict ("event") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "portal_event_action" where "event" = 'login-code';`);
    this.addSql(
      `delete from "email_template" where "key" in (${[...new Set(DEFAULT_TEMPLATES.map((t) => t.key))].map(literal).join(', ')});`,
    );
  }
}
