import { describe, expect, it } from 'vitest';
import { textToHtml } from './email-html.js';
import { missingVariables, placeholdersIn, renderTemplate, unknownPlaceholders } from './template-render.js';

describe('renderTemplate', () => {
  it('replaces the given placeholders and leaves unknown ones visible', () => {
    const text = 'Hola |client_name|, entra en |portal_link| (|typo_variable|).';
    expect(renderTemplate(text, { client_name: 'Ana', portal_link: 'https://portal.example/x' })).toBe(
      'Hola Ana, entra en https://portal.example/x (|typo_variable|).',
    );
  });

  it('never expands placeholders inside a substituted value', () => {
    expect(renderTemplate('|client_name| |portal_link|', { client_name: '|portal_link|', portal_link: 'L' })).toBe(
      '|portal_link| L',
    );
  });

  it('does not take prose with pipes for placeholders', () => {
    expect(placeholdersIn('a | b | c and |x y| and ||')).toEqual([]);
    expect(placeholdersIn('|a| |b| |a|')).toEqual(['a', 'b']);
  });
});

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
