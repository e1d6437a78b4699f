/**
 * Curve rows in PostgreSQL's binary COPY format. Text COPY made the database parse every
 * timestamptz and numeric (its timestamptz input alone cost about as much as the rest of the row);
 * in binary the import hands over the instant as microseconds and the decimals as base-10000
 * digits, and the server only checks them (numeric_recv still applies the column's
 * precision and scale, as the text input does).
 *
 * Row layout (measurement's COPY columns): supply_point_id uuid, start timestamptz,
 * interval_minutes smallint, kwh numeric, estimated boolean, surplus_kwh, generated_kwh,
 * self_consumed_kwh numeric (null: length -1).
 */

/** Signature, flags and header extension length: the start of every binary COPY stream. */
export const COPY_BINARY_HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
/** A field count of -1 ends the stream. */
export const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);
/** The most bytes one curve row takes (4 numerics of 9 + 6 digits and the fixed fields). */
export const MAX_CURVE_ROW_BYTES = 160;

const CURVE_FIELDS = 8;
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const COMMA = 44;
const DOT = 46;
const ZERO = 48;

/** A uuid's 16 bytes, from its text. */
export function uuidBytes(id: string): Buffer {
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not a uuid: ${id}`);
  return bytes;
}

/** A timestamptz as binary COPY sends it: microseconds since 2000-01-01 UTC, 8 bytes. */
export function timestampBytes(ms: number): Buffer {
  const bytes = Buffer.allocUnsafe(8);
  bytes.writeBigInt64BE(BigInt(ms - POSTGRES_EPOCH_MS) * 1000n);
  return bytes;
}

function int16(out: Buffer, at: number, value: number): number {
  out[at] = (value >>> 8) & 0xff;
  out[at + 1] = value & 0xff;
  return at + 2;
}

function int32(out: Buffer, at: number, value: number): number {
  out[at] = (value >>> 24) & 0xff;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
  return at + 4;
}

/**
 * A non-negative decimal written as digits [from, to) of `text` with at most one ',' or '.'
 * (what decimalText accepts and returns), as a numeric field: length, digit count, weight, sign,
 * display scale, then the base-10000 digits.
 */
export function writeNumeric(out: Buffer, at: number, text: Uint8Array, from: number, to: number): number {
  let separator = to;
  for (let index = from; index < to; index++) {
    if (text[index] === COMMA || text[index] === DOT) {
      separator = index;
      break;
    }
  }
  const integerDigits = separator - from;
  const fractionFrom = separator < to ? separator + 1 : to;
  const fractionDigits = to - fractionFrom;
  const integerGroups = Math.ceil(integerDigits / 4);
  const fractionGroups = Math.ceil(fractionDigits / 4);
  const groups = integerGroups + fractionGroups;
  at = int32(out, at, 8 + 2 * groups);
  at = int16(out, at, groups);
  at = int16(out, at, integerGroups - 1);
  at = int16(out, at, 0);
  at = int16(out, at, fractionDigits);
  let digit = from;
  // The first integer group takes what is left over from whole groups of four.
  for (let group = 0, size = integerDigits - 4 * (integerGroups - 1); group < integerGroups; group++, size = 4) {
    let value = 0;
    for (let k = 0; k < size; k++) value = value * 10 + text[digit++]! - ZERO;
    at = int16(out, at, value);
  }
  digit = fractionFrom;
  for (let group = 0; group < fractionGroups; group++) {
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 10 + (digit < to ? text[digit++]! - ZERO : 0);
    at = int16(out, at, value);
  }
  return at;
}

/** The fields before kwh: count, supply point, start, interval (60 minutes). */
export function writeCurveRowStart(out: Buffer, at: number, id: Uint8Array, start: Uint8Array, intervalMinutes: number): number {
  at = int16(out, at, CURVE_FIELDS);
  at = int32(out, at, 16);
  out.set(id, at);
  at = int32(out, at + 16, 8);
  out.set(start, at);
  at = int32(out, at + 8, 2);
  return int16(out, at, intervalMinutes);
}

export function writeBoolean(out: Buffer, at: number, value: boolean): number {
  at = int32(out, at, 1);
  out[at] = value ? 1 : 0;
  return at + 1;
}

export function writeNull(out: Buffer, at: number): number {
  return int32(out, at, -1);
}
