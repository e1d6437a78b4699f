import { buildSchema, graphql, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { unwrapRedundantChecks } from './redundant-checks.js';
import type { RuleTree } from './rules.js';

type Ctx = { sections: string[] };
const canSee = (section: string) =>
  rule(`canSee:${section}`, { cache: 'contextual' })((_p, _a, ctx: Ctx) => ctx.sections.includes(section));
const measurements = canSee('MEASUREMENTS');
const invoices = canSee('INVOICES');
const perRow = rule('perRow', { cache: 'strict' })((parent: { id: string }) => parent.id !== 'hidden');

function world() {
  const plain = buildSchema(`
    type Query { series: Series, invoice: Invoice, shared: Shared, anything: Thing }
    type Series { total: Float, points: [Point!]! }
    type Point { start: String, kWh: Float }
    type Invoice { id: String, shared: Shared, lines: [Line!]! }
    type Line { id: String }
    type Shared { id: String }
    union Thing = Series | Line
  `);
  const resolvers: Record<string, unknown> = {
    series: () => ({ total: 3, points: [{ start: 'a', kWh: 1 }, { start: 'b', kWh: 2 }] }),
    invoice: () => ({ id: 'i1', shared: { id: 's1' }, lines: [{ id: 'l1' }, { id: 'hidden' }] }),
    shared: () => ({ id: 's2' }),
    anything: () => ({ __typename: 'Line', id: 'l2' }),
  };
  for (const [name, resolve] of Object.entries(resolvers)) (plain.getQueryType()!.getFields()[name]!.resolve as unknown) = resolve;
  (plain.getType('Thing') as unknown as { resolveType: (v: { __typename: string }) => string }).resolveType = (v) => v.__typename;
  const rules: RuleTree = {
    Query: { series: measurements, invoice: invoices, shared: measurements, anything: invoices },
    Series: { '*': measurements },
    Point: { '*': measurements },
    Invoice: { '*': invoices, shared: invoices },
    // Reached from Invoice.lines (invoices) and Query.anything through the union (invoices).
    Line: { id: perRow },
    // Reached by two rules (Query.shared: measurements, Invoice.shared: invoices).
    Shared: { '*': measurements },
  };
  const secured = applyMiddleware(plain, shield(rules, { fallbackRule: deny, allowExternalErrors: true }));
  const unwrapped = unwrapRedundantChecks(secured, plain, rules, deny);
  return { plain, secured, unwrapped };
}

const fieldOf = (schema: GraphQLSchema, type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field]!;

describe('unwrapRedundantChecks', () => {
  it('gives back the resolvers of fields whose only way in passed the same contextual rule', () => {
    const { plain, secured, unwrapped } = world();
    expect(unwrapped.sort()).toEqual(['Invoice.id', 'Invoice.lines', 'Invoice.shared', 'Point.kWh', 'Point.start']);
    expect(fieldOf(secured, 'Point', 'kWh').resolve).toBe(fieldOf(plain, 'Point', 'kWh').resolve);
  });

  it('keeps the checks of root fields, of types reached by different rules, and of rules that read the row', () => {
    const { plain, secured, unwrapped } = world();
    // Series: Query.series (measurements), but also Query.anything through the union (invoices).
    for (const kept of ['Query.series', 'Series.total', 'Shared.id', 'Line.id']) expect(unwrapped).not.toContain(kept);
    expect(fieldOf(secured, 'Shared', 'id').resolve).not.toBe(fieldOf(plain, 'Shared', 'id').resolve);
  });

  it('answers exactly as shield does: denied at the parent, row rules still applied', async () => {
    const { secured } = world();
    const run = (source: string, sections: string[]) => graphql({ schema: secured, source, contextValue: { sections } });

    const allowed = await run('{ series { total points { start kWh } } }', ['MEASUREMENTS']);
    expect(allowed).toEqual({ data: { series: { total: 3, points: [{ start: 'a', kWh: 1 }, { start: 'b', kWh: 2 }] } } });

    const denied = await run('{ series { total points { kWh } } }', ['INVOICES']);
    expect(denied.data).toEqual({ series: null });
    expect(denied.errors?.[0]?.path).toEqual(['series']);

    // Invoice's own fields are unwrapped; Shared (reached by two rules) still checks its own.
    const invoice = await run('{ invoice { id shared { id } lines { id } } }', ['INVOICES']);
    expect(invoice.data).toEqual({ invoice: { id: 'i1', shared: { id: null }, lines: [{ id: 'l1' }, { id: null }] } });
    expect(invoice.errors?.map((e) => e.path)).toEqual([
      ['invoice', 'shared', 'id'],
      ['invoice', 'lines', 1, 'id'],
    ]);
  });

  it('never unwraps a field that falls back to deny', () => {
    const plain = buildSchema('type Query { a: A } type A { secret: String }');
    const rules: RuleTree = { Query: { a: allow } };
    const secured = applyMiddleware(plain, shield(rules, { fallbackRule: deny }));
    expect(unwrapRedundantChecks(secured, plain, rules, deny)).toEqual([]);
  });
});
