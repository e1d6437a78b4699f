import { PageHeader } from '../../components/page-header.js';

/** Placeholder until the incidents screens are built. */
export default function IncidentsSection() {
  return <PageHeader title="Incidencias" />;
}
