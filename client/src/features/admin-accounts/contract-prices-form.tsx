import { useMutation } from '@apollo/client/react';
import { ACCESS_TARIFFS, energyPriceProblem, periodsOf, type AccessTariff } from '@portal/shared';
import { useState, type FormEvent } from 'react';
import { FieldError } from '../../components/form-messages.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { badUserInput, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { useForm, type Problems } from '../../lib/use-form.js';
import { ADMIN_ACCOUNTS_SET_PRICES } from './admin-accounts.documents.js';
import { useMessages } from './admin-accounts.messages.js';

type PricedContract = {
  id: string;
  code: string;
  accessTariff: string;
  energyPrices: readonly { period: string; price: string }[];
  compensationPrice: string | null;
};

/** The field of the compensation price; the energy prices' fields are their periods (P1…P6). */
const COMPENSATION = 'compensation';

/** As an admin types it: a decimal comma is read as the point (Spanish keyboards), blanks around ignored. */
const asPrice = (text: string) => text.trim().replace(',', '.');

/**
 * The prices a contract states, which the self-consumption savings use: the energy price of each
 * period of its access tariff and the surplus compensation price (empty: the market price).
 */
export function ContractPricesForm({ contract, onDone, onCancel }: { contract: PricedContract; onDone: (text: string) => void; onCancel: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const periods: readonly string[] = (ACCESS_TARIFFS as readonly string[]).includes(contract.accessTariff) ? periodsOf(contract.accessTariff as AccessTariff) : [];
  const fields = [...periods, COMPENSATION];
  const label = (field: string) => (field === COMPENSATION ? m('prices.compensation') : m('prices.period', { period: field }));
  const problemText = (field: string, reason: string) => m(`prices.${reason === 'PRICE_TOO_HIGH' ? 'PRICE_TOO_HIGH' : 'INVALID_PRICE'}`, { field: label(field) });
  const form = useForm<Record<string, string>>({
    initial: () => ({
      ...Object.fromEntries(periods.map((period) => [period, contract.energyPrices.find((price) => price.period === period)?.price ?? ''])),
      [COMPENSATION]: contract.compensationPrice ?? '',
    }),
    validate: (values) => {
      const problems: Problems = {};
      for (const field of fields) {
        const price = asPrice(values[field] ?? '');
        const problem = price === '' ? null : energyPriceProblem(price);
        if (problem) problems[field] = problemText(field, problem);
      }
      return problems;
    },
  });
  const [general, setGeneral] = useState<string | null>(null);
  const [save, { loading }] = useMutation(ADMIN_ACCOUNTS_SET_PRICES);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    if (form.report({})) return;
    const price = (field: string) => asPrice(form.values[field] ?? '');
    const input = {
      energyPrices: periods.filter((period) => price(period) !== '').map((period) => ({ period, price: price(period) })),
      compensationPrice: price(COMPENSATION) === '' ? null : price(COMPENSATION),
    };
    try {
      await save({ variables: { id: contract.id, input } });
      onDone(m('prices.saved', { code: contract.code }));
    } catch (error) {
      const problem = badUserInput(error);
      const field = problem?.argument === 'input.compensationPrice' ? COMPENSATION : problem?.argument.replace(/^input\.energyPrices\./, '');
      if (problem && field && fields.includes(field)) form.report({ [field]: problemText(field, problem.reason) });
      else setGeneral(t(errorMessageKey(error)));
    }
  }

  return (
    <form ref={form.formRef} className="admin-accounts-form" onSubmit={asyncHandler(submit)} noValidate aria-labelledby={`${form.formId}-title`}>
      <h3 id={`${form.formId}-title`}>{m('prices.title', { code: contract.code, tariff: contract.accessTariff })}</h3>
      <p className="hint muted">{m('prices.hint')}</p>
      {periods.length === 0 ? <p>{m('prices.unknownTariff', { tariff: contract.accessTariff })}</p> : null}
      <div className="contract-prices-grid">
        {fields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${form.formId}-${field}`}>{label(field)}</label>
            <input
              id={`${form.formId}-${field}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.values[field] ?? ''}
              onChange={(e) => form.change({ [field]: e.target.value })}
              {...form.control(field)}
            />
            <FieldError id={form.errorId(field)} message={form.problems[field]} />
          </div>
        ))}
      </div>
      <p className="hint muted">{m('prices.compensationHint')}</p>
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {loading ? m('prices.saving') : m('prices.save')}
        </button>
        <button type="button" className="secondary" disabled={loading} onClick={onCancel}>
          {m('detail.cancel')}
        </button>
      </div>
      <div role="alert">{general ? <p className="error">{general}</p> : null}</div>
    </form>
  );
}
