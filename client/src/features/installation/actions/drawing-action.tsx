import type { ActionScreenProps } from './action-screens.js';

/** Placeholder until this action screen is built. */
export default function DrawingAction({ installationId }: ActionScreenProps) {
  return <p data-installation={installationId}>drawing</p>;
}
