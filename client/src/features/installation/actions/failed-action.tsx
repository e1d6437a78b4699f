import type { ActionScreenProps } from './action-screens.js';

/** Placeholder until this action screen is built. */
export default function FailedAction({ installationId }: ActionScreenProps) {
  return <p data-installation={installationId}>failed</p>;
}
