import type { ActionScreenProps } from './action-screens.js';

/** Placeholder until this action screen is built. */
export default function SuccessAction({ installationId }: ActionScreenProps) {
  return <p data-installation={installationId}>success</p>;
}
