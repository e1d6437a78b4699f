import { describe, expect, it } from 'vitest';
import { textToHtml } from './email-html.js';
import { missingVariables, unknownPlaceholders } from './template-render.js';

describe('the template catalogue', () => {
  it('flags placeholders a template key is never given', () => {
    expect(unknownPlaceholders('login-code', 'Code |client_code_verification| for |client_name| |portal_link|')).toEqual([
      'portal_link',
    ]);
  });

  it('names the catalogue variables a caller left out', () => {
    expect(missingVariables('login-code', { client_name: 'Ana' })).toEqual([
      'client_code_verification',
      'code_valid_minutes',
    ]);
    expect(missingVariables('some-admin-template', {})).toEqual([]);
  });
});

describe('textToHtml', () => {
  it('escapes everything and makes http(s) links clickable', () => {
    const html = textToHtml('Hola <b>Ana</b> & co:\n\nEntra: https://portal.example/a?x=1&y=2.\njavascript:alert(1)');
    expect(html).toContain('<p>Hola &lt;b&gt;Ana&lt;/b&gt; &amp; co:</p>');
    expect(html).toContain(
      'Entra: <a href="https://portal.example/a?x=1&amp;y=2">https://portal.example/a?x=1&amp;y=2</a>.<br>',
    );
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('<b>');
  });
});
