import { DataTable } from '../../components/data-table.js';
import { TitledSection } from '../../components/titled-section.js';
import { useFormat } from '../../lib/format.js';
import { useMessages } from './admin-installations.messages.js';
import type { AdminInstallation } from './installation-detail.js';

type Drawing = NonNullable<AdminInstallation['roofDrawing']>;

/** The roof the customer drew: totals and one row per face (the numbers; the map is the customer's screen). */
export function RoofDrawingPanel({ drawing }: { drawing: Drawing | null }) {
  const m = useMessages();
  const f = useFormat();
  return (
    <TitledSection title={m('roofTitle')}>
      {drawing ? (
        <>
          <dl className="details">
            <dt>{m('roofFaces')}</dt>
            <dd>{drawing.faces.length}</dd>
            <dt>{m('roofSurface')}</dt>
            <dd>{f.number(drawing.surfaceAreaM2, 1)} m²</dd>
            <dt>{m('roofUsable')}</dt>
            <dd>{f.number(drawing.usableAreaM2, 1)} m²</dd>
            <dt>{m('roofPanels')}</dt>
            <dd>{drawing.panelCount}</dd>
            <dt>{m('roofPower')}</dt>
            <dd>{f.number(drawing.peakPowerKwp, 2)} kWp</dd>
            <dt>{m('roofSaved')}</dt>
            <dd>
              {f.dateTime(drawing.updatedAt)}
              {drawing.updatedBy ? ` · ${drawing.updatedBy}` : ''}
            </dd>
          </dl>
          <DataTable
            caption={m('roofCaption')}
            hiddenCaption
            columns={[
              m('roofFace'),
              { label: m('roofTilt'), numeric: true },
              { label: m('roofAzimuth'), numeric: true },
              { label: m('roofSurface'), numeric: true },
              { label: m('roofPanels'), numeric: true },
              { label: m('roofPower'), numeric: true },
            ]}
          >
            {drawing.faces.map((face, index) => (
              <tr key={index}>
                <td>{m('roofFaceN', { n: index + 1 })}</td>
                <td className="number">{f.number(face.tiltDegrees, 0)}°</td>
                <td className="number">{f.number(face.azimuthDegrees, 0)}°</td>
                <td className="number">{f.number(face.surfaceAreaM2, 1)} m²</td>
                <td className="number">{face.panelCount}</td>
                <td className="number">{f.number(face.peakPowerKwp, 2)} kWp</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : (
        <p className="muted">{m('roofEmpty')}</p>
      )}
    </TitledSection>
  );
}
