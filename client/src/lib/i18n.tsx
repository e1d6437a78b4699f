import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Language = 'es' | 'en';

const MESSAGES = {
  es: {
    'app.title': 'Portal de clientes',
    'signIn.title': 'Acceder al portal',
    'signIn.email': 'Correo electrónico',
    'signIn.password': 'Contraseña',
    'signIn.submit': 'Entrar',
    'signIn.withCode': 'Prefiero recibir un código por correo',
    'signIn.withPassword': 'Entrar con contraseña',
    'signIn.withLink': 'Envíame un enlace para entrar',
    'linkRequest.title': 'Acceder con un enlace',
    'linkRequest.intro': 'Escribe el correo con el que te registraste y te enviaremos un enlace para entrar sin contraseña.',
    'linkRequest.send': 'Envíame un enlace',
    'linkRequest.sent': 'Si el correo está registrado, recibirás un enlace en unos instantes. Solo sirve una vez y caduca en 45 minutos.',
    'linkRequest.resend': 'Enviar otro enlace',
    'linkRequest.resendIn': 'Podrás pedir otro enlace en {seconds} s',
    'code.title': 'Acceder con un código',
    'code.intro': 'Escribe el correo con el que te registraste y te enviaremos un código de 6 cifras.',
    'code.send': 'Enviar código',
    'code.sent': 'Si el correo está registrado, recibirás un código en unos instantes. Caduca en 5 minutos.',
    'code.code': 'Código de verificación',
    'code.submit': 'Aceptar',
    'code.resend': 'Reenviar código',
    'code.resendIn': 'Podrás pedir otro código en {seconds} s',
    'link.title': 'Tu enlace de acceso',
    'link.intro': 'Pulsa el botón para entrar en tu portal. El enlace solo sirve una vez.',
    'link.enter': 'Entrar al portal',
    'link.missing': 'Este enlace está incompleto. Pide un código para acceder.',
    'link.invalid': 'Este enlace ha caducado o ya se ha usado. Te enviamos un código para entrar.',
    'setPassword.title': 'Crea tu contraseña',
    'setPassword.password': 'Nueva contraseña',
    'setPassword.submit': 'Guardar y entrar',
    'setPassword.ruleLength': 'Al menos 10 caracteres',
    'setPassword.ruleNotEmail': 'Distinta de tu correo',
    'home.hello': 'Hola, {name}',
    'home.sections': 'Tus secciones',
    'nav.signOut': 'Cerrar sesión',
    'nav.label': 'Secciones',
    'nav.home': 'Inicio',
    'nav.profile': 'Perfil',
    'nav.skip': 'Saltar al contenido',
    'nav.menu': 'Menú de {name}',
    'nav.admin': 'Administración',
    'section.DOCUMENTS': 'Documentos',
    'section.CONTRACTS': 'Contratos',
    'section.INVOICES': 'Facturas',
    'section.MEASUREMENTS': 'Medidas',
    'section.SELF_CONSUMPTION': 'Autoconsumo',
    'section.FORECAST': 'Previsión',
    'section.DEVIATIONS': 'Desvíos',
    'section.GENERATION_SETTLEMENTS': 'Liquidaciones de generación',
    'section.MATCHING_PRICES': 'Precios de casación',
    'section.INSTALLATION': 'Instalación',
    'section.INCIDENTS': 'Incidencias',
    'notAvailable.title': 'Sección no disponible',
    'notAvailable.text': 'Tu usuario no tiene acceso a esta sección. Si crees que deberías tenerlo, contacta con tu comercializadora.',
    'notFound.title': 'Página no encontrada',
    'notFound.text': 'La dirección no corresponde a ninguna página del portal.',
    'common.backHome': 'Volver al inicio',
    'common.retry': 'Reintentar',
    'common.loadError': 'No se han podido cargar los datos.',
    'common.cups': 'CUPS',
    'common.noSupplyPoints': 'No tienes puntos de suministro visibles.',
    'common.previous': 'Anterior',
    'common.next': 'Siguiente',
    'common.loadMore': 'Cargar más',
    'common.pages': 'Paginación',
    'common.pageOf': 'Página {page} · {total} en total',
    'common.download': 'Descargar',
    'common.back': 'Volver',
    'common.all': 'Todos',
    'common.loading': 'Cargando…',
    'common.language': 'Idioma',
    'incident.type': 'Tipo',
    'incident.status': 'Estado',
    'incident.created': 'Comunicada el',
    'incident.installation': 'Instalación',
    'incident.description': 'Descripción',
    'incident.attachment': 'Archivo adjunto',
    'incident.download': 'Descargar {name}',
    'incident.replyFiles': 'Archivos adjuntos',
    'incident.noAttachment': 'Sin archivo adjunto.',
    'error.INVALID_CREDENTIALS': 'El correo o la contraseña no son correctos.',
    'error.TOO_MANY_ATTEMPTS': 'Demasiados intentos. Vuelve a intentarlo en unos minutos.',
    'error.CODE_INVALID': 'El código no es válido o ha caducado. Pide uno nuevo.',
    'error.LINK_INVALID': 'El enlace ha caducado o ya se ha usado.',
    'error.TOO_SHORT': 'La contraseña debe tener al menos 10 caracteres.',
    'error.TOO_LONG': 'La contraseña es demasiado larga.',
    'error.TOO_COMMON': 'Esa contraseña es demasiado común. Elige otra.',
    'error.SAME_AS_EMAIL': 'La contraseña no puede ser tu correo.',
    'error.ACTING_READ_ONLY': 'Estás viendo el portal como este cliente, en solo lectura: no se puede cambiar nada.',
    'error.network': 'No hay conexión con el servidor. Inténtalo de nuevo.',
    'error.unknown': 'Algo ha fallado. Inténtalo de nuevo.',
  },
  en: {
    'app.title': 'Customer portal',
    'signIn.title': 'Sign in to the portal',
    'signIn.email': 'E-mail',
    'signIn.password': 'Password',
    'signIn.submit': 'Sign in',
    'signIn.withCode': 'Send me a code by e-mail instead',
    'signIn.withPassword': 'Sign in with a password',
    'signIn.withLink': 'Email me a link to sign in',
    'linkRequest.title': 'Sign in with a link',
    'linkRequest.intro': 'Enter the e-mail you registered with and we will send you a link to sign in without a password.',
    'linkRequest.send': 'Email me a link',
    'linkRequest.sent': 'If the e-mail is registered, a link is on its way. It works once and expires in 45 minutes.',
    'linkRequest.resend': 'Send another link',
    'linkRequest.resendIn': 'You can ask for another link in {seconds} s',
    'code.title': 'Sign in with a code',
    'code.intro': 'Enter the e-mail you registered with and we will send you a 6-digit code.',
    'code.send': 'Send code',
    'code.sent': 'If the e-mail is registered, a code is on its way. It expires in 5 minutes.',
    'code.code': 'Verification code',
    'code.submit': 'Continue',
    'code.resend': 'Send another code',
    'code.resendIn': 'You can ask for another code in {seconds} s',
    'link.title': 'Your sign-in link',
    'link.intro': 'Press the button to enter your portal. The link works only once.',
    'link.enter': 'Enter the portal',
    'link.missing': 'This link is incomplete. Ask for a code to sign in.',
    'link.invalid': 'This link has expired or was already used. We can e-mail you a code instead.',
    'setPassword.title': 'Create your password',
    'setPassword.password': 'New password',
    'setPassword.submit': 'Save and enter',
    'setPassword.ruleLength': 'At least 10 characters',
    'setPassword.ruleNotEmail': 'Not your e-mail',
    'home.hello': 'Hello, {name}',
    'home.sections': 'Your sections',
    'nav.signOut': 'Sign out',
    'nav.label': 'Sections',
    'nav.home': 'Home',
    'nav.profile': 'Profile',
    'nav.skip': 'Skip to content',
    'nav.menu': 'Menu of {name}',
    'nav.admin': 'Administration',
    'section.DOCUMENTS': 'Documents',
    'section.CONTRACTS': 'Contracts',
    'section.INVOICES': 'Invoices',
    'section.MEASUREMENTS': 'Measurements',
    'section.SELF_CONSUMPTION': 'Self-consumption',
    'section.FORECAST': 'Forecast',
    'section.DEVIATIONS': 'Deviations',
    'section.GENERATION_SETTLEMENTS': 'Generation settlements',
    'section.MATCHING_PRICES': 'Matching prices',
    'section.INSTALLATION': 'Installation',
    'section.INCIDENTS': 'Incidents',
    'notAvailable.title': 'Section not available',
    'notAvailable.text': 'Your user has no access to this section. If you think it should, contact your retailer.',
    'notFound.title': 'Page not found',
    'notFound.text': 'This address is not a page of the portal.',
    'common.backHome': 'Back to home',
    'common.retry': 'Try again',
    'common.loadError': 'The data could not be loaded.',
    'common.cups': 'CUPS',
    'common.noSupplyPoints': 'You have no visible supply points.',
    'common.previous': 'Previous',
    'common.next': 'Next',
    'common.loadMore': 'Load more',
    'common.pages': 'Pagination',
    'common.pageOf': 'Page {page} · {total} in total',
    'common.download': 'Download',
    'common.back': 'Back',
    'common.all': 'All',
    'common.loading': 'Loading…',
    'common.language': 'Language',
    'incident.type': 'Type',
    'incident.status': 'Status',
    'incident.created': 'Reported on',
    'incident.installation': 'Installation',
    'incident.description': 'Description',
    'incident.attachment': 'Attachment',
    'incident.download': 'Download {name}',
    'incident.replyFiles': 'Attached files',
    'incident.noAttachment': 'No attachment.',
    'error.INVALID_CREDENTIALS': 'The e-mail or the password is not correct.',
    'error.TOO_MANY_ATTEMPTS': 'Too many attempts. Try again in a few minutes.',
    'error.CODE_INVALID': 'The code is not valid or has expired. Ask for a new one.',
    'error.LINK_INVALID': 'The link has expired or was already used.',
    'error.TOO_SHORT': 'The password needs at least 10 characters.',
    'error.TOO_LONG': 'The password is too long.',
    'error.TOO_COMMON': 'That password is too common. Choose another.',
    'error.SAME_AS_EMAIL': 'The password cannot be your e-mail.',
    'error.ACTING_READ_ONLY': 'You are viewing the portal as this customer, read-only: nothing can be changed.',
    'error.network': 'The server cannot be reached. Try again.',
    'error.unknown': 'Something went wrong. Try again.',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['es'];
type Values = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: Values) => string;

type I18n = { language: Language; setLanguage: (language: Language) => void; t: Translate<MessageKey> };

const STORAGE_KEY = 'portal.language';
const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'es' ? stored : 'es';
}

function interpolate(template: string, values: Values | undefined): string {
  return Object.entries(values ?? {}).reduce<string>((text, [name, v]) => text.replaceAll(`{${name}}`, String(v)), template);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  // Screen readers pronounce by <html lang>, from the first render (a saved English choice too).
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => interpolate(MESSAGES[language][key], values) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function hasMessage(key: string): key is MessageKey {
  // Own keys only: `in` would also accept what every object inherits ('constructor', 'toString').
  return Object.hasOwn(MESSAGES.es, key);
}

/**
 * A feature's own messages, loaded with its lazy chunk rather than in the sign-in bundle.
 * Both languages must have the same keys (the type K is inferred from both).
 *
 *   const useMessages = defineMessages({ es: { 'title': 'Facturas' }, en: { 'title': 'Invoices' } });
 *   const m = useMessages(); m('title');
 */
export function defineMessages<K extends string>(messages: Record<Language, Record<K, string>>): () => Translate<K> {
  return function useMessages() {
    const { language } = useI18n();
    return useCallback<Translate<K>>((key, values) => interpolate(messages[language][key], values), [language]);
  };
}
