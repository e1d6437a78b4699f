import { graphql } from '../../../__generated__/gql.js';

export const ROOF_DRAWING_FIELDS = graphql(`
  fragment RoofDrawingDetail on RoofDrawing {
    id
    center { lat lng }
    faces { polygon { type coordinates } tiltDegrees azimuthDegrees azimuthSetByHand }
    planAreaM2
    usableAreaM2
    panelCount
    peakPowerKwp
    updatedAt
  }
`);

export const ROOF_DRAWING = graphql(`
  query InstallationRoofDrawing($id: ID!) {
    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }
    installation(id: $id) {
      id
      address
      roofDrawing { ...RoofDrawingDetail }
    }
  }
`);

export const SAVE_ROOF_DRAWING = graphql(`
  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {
    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }
  }
`);
