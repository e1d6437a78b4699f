import type { ActionScreenProps } from './action-screens.js';

/** Placeholder until this action screen is built. */
export default function DocumentsAction({ installationId }: ActionScreenProps) {
  return <p data-installation={installationId}>documents</p>;
}
