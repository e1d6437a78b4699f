import { graphql } from '../../__generated__/gql.js';

// What the editor shows of a template: read when it opens and again from each save.
graphql(`
  fragment AdminTemplateFields on AdminEmailTemplate {
    key
    builtIn
    variables
    languages
    updatedAt
    translations { language subject body updatedAt }
    usedBy { kind name }
  }
`);

export const ADMIN_TEMPLATES_LIST = graphql(`
  query AdminTemplatesList {
    emailTemplates {
      key
      builtIn
      languages
      updatedAt
      usedBy { kind name }
    }
  }
`);

export const ADMIN_TEMPLATE_DETAIL = graphql(`
  query AdminTemplateDetail($key: String!) {
    emailTemplate(key: $key) { ...AdminTemplateFields }
  }
`);

export const ADMIN_TEMPLATE_PREVIEW = graphql(`
  query AdminTemplatePreview($input: EmailTemplatePreviewInput!) {
    previewEmailTemplate(input: $input) { subject text variables unknownVariables }
  }
`);

export const ADMIN_TEMPLATE_SAVE = graphql(`
  mutation AdminTemplateSave($input: EmailTemplateInput!) {
    saveEmailTemplate(input: $input) { ...AdminTemplateFields }
  }
`);

export const ADMIN_TEMPLATE_DELETE = graphql(`
  mutation AdminTemplateDelete($key: String!, $language: Language) {
    deleteEmailTemplate(key: $key, language: $language)
  }
`);

export const ADMIN_TEMPLATE_SEND_TEST = graphql(`
  mutation AdminTemplateSendTest($input: EmailTemplatePreviewInput!) {
    sendTestEmail(input: $input)
  }
`);
