import { DEFAULT_LANGUAGE, type Language } from '@portal/shared';
import type { Viewer } from '../context.js';

/** The language a viewer reads the portal in: their own setting (the customer's, when an admin acts as one). */
export function viewerLanguage(viewer: Viewer | null): Language {
  return viewer?.user.language ?? DEFAULT_LANGUAGE;
}
