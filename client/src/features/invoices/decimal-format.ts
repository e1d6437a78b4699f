import { exactNumeric } from '@portal/shared';
import { useMemo } from 'react';
import { useFormat } from '../../lib/format.js';

/**
 * An API decimal shown with exactly the decimals it was given (up to 6): invoice quantities
 * ("30" days, "312.418" kWh) and unit prices ("0.189500" €/kWh) must not be rounded to 2.
 */
export function useExactDecimal(): (value: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    return (value: string) => {
      const digits = Math.min(value.split('.')[1]?.length ?? 0, 6);
      let format = formats.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, {
          useGrouping: 'always',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        } as unknown as Intl.NumberFormatOptions);
        formats.set(digits, format);
      }
      return format.format(exactNumeric(value));
    };
  }, [locale]);
}
