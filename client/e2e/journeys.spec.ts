import { SECTIONS, sectionsFor, type Section, type UserType } from '@portal/shared';
import { expectAccessible, navLinks, signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

// Section names and URLs as the Spanish UI shows them (the SPA's own tables are not imported,
// so a wrong path or label there fails here).
const SCREENS: Partial<Record<Section, { path: string; title: string; heading?: string }>> = {
  DOCUMENTS: { path: '/documents', title: 'Documentos' },
  CONTRACTS: { path: '/contracts', title: 'Contratos' },
  INVOICES: { path: '/invoices', title: 'Facturas' },
  MEASUREMENTS: { path: '/measurements', title: 'Medidas' },
  SELF_CONSUMPTION: { path: '/self-consumption', title: 'Autoconsumo' },
  FORECAST: { path: '/forecast', title: 'Previsión' },
  DEVIATIONS: { path: '/deviations', title: 'Desvíos' },
  GENERATION_SETTLEMENTS: { path: '/settlements', title: 'Liquidaciones de generación' },
  MATCHING_PRICES: { path: '/prices', title: 'Precios de casación' },
  INSTALLATION: { path: '/installation', title: 'Instalación', heading: 'Tu instalación' },
  INCIDENTS: { path: '/incidents', title: 'Incidencias' },
};

const DEMO_USERS: { email: string; userTypes: UserType[] }[] = [
  { email: 'cliente@portal.example', userTypes: ['WEB_CLIENT'] },
  { email: 'medidas@portal.example', userTypes: ['WEB_CLIENT_MEASUREMENTS'] },
  { email: 'prevision@portal.example', userTypes: ['WEB_CLIENT_FORECAST'] },
  { email: 'generador@portal.example', userTypes: ['WEB_CLIENT_GENERATOR'] },
  { email: 'solar@portal.example', userTypes: ['SOLAR_CLIENT'] },
  { email: 'mixto@portal.example', userTypes: ['WEB_CLIENT_MEASUREMENTS', 'SOLAR_CLIENT'] },
];

for (const user of DEMO_USERS) {
  const granted = sectionsFor(user.userTypes).filter((section) => SCREENS[section]);
  const refused = SECTIONS.filter((section) => SCREENS[section] && !granted.includes(section));

  test(`${user.email} sees exactly its sections, uses each, and is refused the others by URL`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, user.email);
    await expect(navLinks(page)).toHaveText(['Inicio', ...granted.map((section) => SCREENS[section]!.title)]);
    await expectAccessible(page);

    for (const section of granted) {
      const { path, title, heading } = SCREENS[section]!;
      await navLinks(page).filter({ hasText: new RegExp(`^${title}$`) }).click();
      await expect(page).toHaveURL(new RegExp(`${path}(\\?.*)?$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? title);
      // Loaded: no skeleton left, and no error state.
      await expect(page.locator('.skeleton')).toHaveCount(0);
      await expect(page.locator('.error-state')).toHaveCount(0);
      await expectAccessible(page);
    }

    for (const section of refused) {
      await page.goto(SCREENS[section]!.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sección no disponible');
    }
  });
}
