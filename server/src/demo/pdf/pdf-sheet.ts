import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfIssuer } from './issuer.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const FOOTER_HEIGHT = 40;
const BRAND = rgb(0.05, 0.38, 0.33);
const MUTED = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.8, 0.8, 0.8);

export type TableColumn = { header: string; width: number; align?: 'left' | 'right' };

/**
 * A minimal flowing layout over pdf-lib: a cursor that moves down the page, a new page when the
 * next block does not fit. The standard fonts are embedded once per document (no font files,
 * so a page renders in milliseconds).
 */
export class PdfSheet {
  private page!: PDFPage;
  private y = 0;
  private readonly pageFonts = new Map<PDFPage, PDFFont>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly issuer: PdfIssuer,
    private readonly documentTitle: string,
  ) {}

  /** `createdAt` is written as the document dates so that the same input gives the same bytes. */
  static async create(issuer: PdfIssuer, meta: { title: string; createdAt: Date }): Promise<PdfSheet> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle(meta.title);
    doc.setAuthor(issuer.legalName);
    doc.setCreator('Portal de clientes');
    doc.setProducer('pdf-lib');
    doc.setLanguage('es-ES');
    doc.setCreationDate(meta.createdAt);
    doc.setModificationDate(meta.createdAt);
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const sheet = new PdfSheet(doc, regular, bold, issuer, meta.title);
    sheet.addPage();
    return sheet;
  }

  get contentWidth(): number {
    return A4.width - 2 * MARGIN;
  }

  heading(text: string, size = 14): void {
    this.ensureSpace(size + 12);
    this.y -= size + 6;
    this.draw(text, MARGIN, this.y, { size, bold: true, color: BRAND });
    this.y -= 6;
  }

  /** Label/value rows in two columns. */
  fields(rows: [label: string, value: string][], labelWidth = 140): void {
    for (const [label, value] of rows) {
      const wrapped = this.wrap(value, this.regular, 10, this.contentWidth - labelWidth);
      this.ensureSpace(14 * wrapped.length);
      this.y -= 14;
      this.draw(label, MARGIN, this.y, { size: 9, color: MUTED });
      wrapped.forEach((part, index) => this.draw(part, MARGIN + labelWidth, this.y - index * 14, { size: 10 }));
      this.y -= 14 * (wrapped.length - 1);
    }
    this.y -= 4;
  }

  paragraph(text: string, size = 9): void {
    for (const part of this.wrap(text, this.regular, size, this.contentWidth)) {
      this.ensureSpace(size + 4);
      this.y -= size + 4;
      this.draw(part, MARGIN, this.y, { size });
    }
    this.y -= 4;
  }

  table(columns: TableColumn[], rows: string[][], options: { boldLastRow?: boolean } = {}): void {
    const rowHeight = 16;
    const drawRow = (cells: string[], bold: boolean, size: number): void => {
      let x = MARGIN;
      columns.forEach((column, index) => {
        const font = bold ? this.bold : this.regular;
        const text = this.fit(cells[index] ?? '', font, size, column.width - 6);
        const width = font.widthOfTextAtSize(text, size);
        const left = column.align === 'right' ? x + column.width - width - 3 : x + 3;
        this.draw(text, left, this.y, { size, bold });
        x += column.width;
      });
    };
    const drawHeader = (): void => {
      this.y -= rowHeight;
      drawRow(columns.map((column) => column.header), true, 9);
      this.rule(this.y - 5);
    };

    this.ensureSpace(rowHeight * 3);
    drawHeader();
    rows.forEach((cells, index) => {
      if (this.y - rowHeight < MARGIN + FOOTER_HEIGHT) {
        this.addPage();
        drawHeader();
      }
      this.y -= rowHeight;
      const isTotal = options.boldLastRow === true && index === rows.length - 1;
      if (isTotal) this.rule(this.y + rowHeight - 5);
      drawRow(cells, isTotal, 9);
    });
    this.y -= 10;
  }

  space(points: number): void {
    this.y -= points;
  }

  async save(): Promise<Buffer> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const footer = `${this.issuer.legalName} · CIF ${this.issuer.fiscalId} · ${this.issuer.address} · ${this.issuer.phone} · ${this.issuer.email}`;
      this.drawOn(page, this.fit(footer, this.regular, 7, this.contentWidth - 60), MARGIN, MARGIN - 10, { size: 7, color: MUTED });
      const number = `${index + 1}/${pages.length}`;
      this.drawOn(page, number, A4.width - MARGIN - this.regular.widthOfTextAtSize(number, 7), MARGIN - 10, { size: 7, color: MUTED });
    });
    const bytes = await this.doc.save();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private addPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    this.draw(this.issuer.name, MARGIN, this.y - 18, { size: 20, bold: true, color: BRAND });
    const title = this.fit(this.documentTitle, this.bold, 11, this.contentWidth / 2);
    this.draw(title, A4.width - MARGIN - this.bold.widthOfTextAtSize(title, 11), this.y - 16, { size: 11, bold: true });
    this.y -= 26;
    this.rule(this.y - 4);
    this.y -= 12;
  }

  private ensureSpace(height: number): void {
    if (this.y - height < MARGIN + FOOTER_HEIGHT) this.addPage();
  }

  private rule(y: number): void {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: A4.width - MARGIN, y }, thickness: 0.5, color: RULE });
  }

  private draw(text: string, x: number, y: number, style: { size: number; bold?: boolean; color?: ReturnType<typeof rgb> }): void {
    this.drawOn(this.page, text, x, y, style);
  }

  private drawOn(page: PDFPage, text: string, x: number, y: number, style: { size: number; bold?: boolean; color?: ReturnType<typeof rgb> }): void {
    const font = style.bold ? this.bold : this.regular;
    // pdf-lib adds a font resource on every setFont (and drawText({ font }) sets it twice), so
    // switch only when the font changes.
    if (this.pageFonts.get(page) !== font) {
      page.setFont(font);
      this.pageFonts.set(page, font);
    }
    page.drawText(encodable(text, font), { x, y, size: style.size, color: style.color ?? rgb(0, 0, 0) });
  }

  /** Cuts a text with an ellipsis to fit a width (table cells, footer). */
  private fit(text: string, font: PDFFont, size: number, width: number): string {
    let fitted = encodable(text, font);
    if (font.widthOfTextAtSize(fitted, size) <= width) return fitted;
    while (fitted.length > 1 && font.widthOfTextAtSize(`${fitted}…`, size) > width) fitted = fitted.slice(0, -1);
    return `${fitted}…`;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of encodable(text, font).split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    return lines.length === 0 && current === '' ? [''] : [...lines, current];
  }
}

const characterSets = new Map<string, Set<number>>();

/**
 * The standard fonts only encode WinAnsi (Latin-1 plus €, …); pdf-lib throws on anything else, so
 * names typed by customers (Ł, ő, emoji…) are printed with '?' instead of failing the document.
 */
export function encodable(text: string, font: PDFFont): string {
  let supported = characterSets.get(font.name);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    characterSets.set(font.name, supported);
  }
  let result = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) result += supported.has(char.codePointAt(0)!) ? char : '?';
  return result;
}
