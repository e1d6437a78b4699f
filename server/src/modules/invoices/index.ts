import type { ModuleDescriptor } from '../../core/module.js';
import { InvoiceAdminResolver } from './invoice.admin.resolver.js';
import { Invoice } from './invoice.entity.js';
import { invoiceRelationResolvers, InvoiceResolver } from './invoice.resolver.js';
import { invoiceRules } from './invoice.rules.js';

export const invoicesModule: ModuleDescriptor = {
  name: 'invoices',
  entities: [Invoice],
  resolvers: [InvoiceResolver, InvoiceAdminResolver, ...invoiceRelationResolvers],
  rules: [invoiceRules],
};
