import { Navigate, Route, Routes } from 'react-router';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { MeasurementsScreen } from './measurements-screen.js';
import './measurements.css';

/** /measurements: one screen; its CUPS, period and granularity live in the search params. */
export default function MeasurementsSection() {
  return (
    <Routes>
      <Route index element={<MeasurementsScreen />} />
      <Route path="*" element={<Navigate to={SECTION_PATHS.MEASUREMENTS!} replace />} />
    </Routes>
  );
}
