import { describe, it, expect } from 'vitest';
import * as shared from './index.js';

describe('index', () => {
  it('re-exports the public API', () => {
    expect(Object.keys(shared).sort()).toEqual([
      'ACCESS_TARIFFS', 'CUSTOMER_IMPORT_MAX_BYTES', 'IMPORT_MAX_BYTES', 'DEFAULT_LANGUAGE', 'EARLIEST_DATE', 'LANGUAGES', 'isLanguage', 'GRANULARITIES', 'MAX_RANGE_MONTHS', 'isCalendarDate', 'rangeProblem', 'FISCAL_ID_KINDS', 'addDays', 'addMonths', 'daysInMonth', 'firstOfMonth', 'lastOfMonth', 'madridDateOf', 'madridMidnight', 'LOCAL_TIME_ZONE', 'MOD23_LETTERS', 'PARSE_FAILURE_MESSAGES',
      'PASSWORD_MAX_LENGTH', 'PASSWORD_MIN_LENGTH', 'passwordLength', 'isSameAsEmail',
      'SECTIONS', 'SECTIONS_BY_USER_TYPE', 'TARIFF_PERIODS', 'USER_TYPES',
      'buildCups', 'cupsControlLetters', 'isOffDay', 'isSection', 'isUserType', 'madridLocalParts',
      'nationalHolidays', 'normalizeForParse', 'normalizeIdentifier', 'parseCups', 'parseFailure', 'parseFiscalId',
      'periodsOf', 'sectionsFor', 'tariffPeriod', 'tariffPeriodAt',
      'DEFAULT_PANEL_SETTINGS', 'EARTH_RADIUS_M', 'MAX_ROOF_FACE_AREA_M2', 'MAX_TILT_DEGREES', 'MIN_ROOF_FACE_AREA_M2',
      'MIN_TILT_DEGREES', 'ROOF_FACE_PROBLEMS', 'faceAzimuth', 'geodesicArea', 'isValidAzimuth', 'isValidPanelSettings', 'isValidTilt',
      'roofEstimate', 'roofFaceEstimate', 'surfaceArea', 'usableArea', 'validateRoofFace',
      'divRound', 'exactNumeric', 'formatScaled', 'sumDecimals', 'toScaled',
      'MAX_ENERGY_PRICE', 'energyPriceProblem',
      'fillPlaceholders', 'placeholderList', 'placeholdersIn', 'placeholderText',
      'PV_MODEL', 'SOLAR_CONSTANT_W_M2', 'SPAIN_IRRADIATION_SITES', 'diffuseFraction', 'localHourStarts', 'matchCurves',
      'nearestIrradiationSite', 'solarProduction', 'sunPosition', 'yearlyProduction',
      'formatIban', 'parseIban',
    ].sort());
  });
});
