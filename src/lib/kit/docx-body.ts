/**
 * Building blocks of a WordprocessingML body: paragraphs with real styles, runs, external
 * links, and accessible tables (header row repeated and marked `w:tblHeader`, a caption in
 * `w:tblCaption`). `DocxBody` collects the blocks and the links' relationship ids, which
 * are numbered in order of use so the same document always gives the same XML.
 */
import { escapeXml } from './xml';

/** A piece of text with its formatting. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** External link target (`https://…`, `mailto:…`). */
  link?: string;
  /** Set for symbols (☐) so Word picks a font that has them. */
  symbol?: boolean;
}

export type Inline = string | Span;
/** What a paragraph holds: one or several inline pieces. */
export type Content = Inline | readonly Inline[];

export interface ParaOptions {
  /** Paragraph style id (`Heading1`, `Title`, `Consigne`, `Reponse`…); Normal when absent. */
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Space after the paragraph, in twentieths of a point. */
  after?: number;
  /** Space before the paragraph, in twentieths of a point. */
  before?: number;
}

export interface Column {
  header: string;
  /** Relative width. */
  weight: number;
}

/** A table cell: one paragraph of content, or several. */
export type Cell = Content | { paras: readonly Content[] };

export interface TableSpec {
  /** Read by screen readers (`w:tblCaption`) and shown above the table. */
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** Smallest row height, in twentieths of a point (room to write by hand). */
  minRowHeight?: number;
}

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 9638;

/** The empty box sign, for lists to tick. */
export const BOX = '\u2610';

const isSpanList = (c: Content): c is readonly Inline[] => Array.isArray(c);
const asList = (c: Content): readonly Inline[] => (isSpanList(c) ? c : [c as Inline]);
const isParas = (c: Cell): c is { paras: readonly Content[] } =>
  typeof c === 'object' && c !== null && !Array.isArray(c) && 'paras' in c;

/** Splits column widths by weight; the last column takes what rounding leaves. */
export function columnWidths(columns: readonly Column[], total = TEXT_WIDTH): number[] {
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((total * c.weight) / sum));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((s, w) => s + w, 0);
  return widths;
}

function textRuns(text: string): string {
  // Line breaks and tabs inside a run become Word's own elements.
  return text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
}

export class DocxBody {
  private readonly blocks: string[] = [];
  private readonly links: string[] = [];

  /** External links used so far, with their relationship ids, in order of first use. */
  get relationships(): { id: string; target: string }[] {
    return this.links.map((target, i) => ({ id: `rIdLink${i + 1}`, target }));
  }

  private linkId(target: string): string {
    let index = this.links.indexOf(target);
    if (index === -1) index = this.links.push(target) - 1;
    return `rIdLink${index + 1}`;
  }

  /** The runs of one inline piece. */
  inline(piece: Inline, forceBold = false): string {
    const span: Span = typeof piece === 'string' ? { text: piece } : piece;
    if (!span.text) return '';
    const props = [
      span.link ? '<w:rStyle w:val="Hyperlink"/>' : '',
      span.symbol ? '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/>' : '',
      span.bold || forceBold ? '<w:b/><w:bCs/>' : '',
      span.italic ? '<w:i/><w:iCs/>' : '',
    ].join('');
    const run = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${textRuns(span.text)}</w:r>`;
    return span.link ? `<w:hyperlink r:id="${this.linkId(span.link)}" w:history="1">${run}</w:hyperlink>` : run;
  }

  /** One paragraph's XML (not added to the body: for table cells and the footer). */
  paragraph(content: Content, options: ParaOptions = {}, forceBold = false): string {
    const props = [
      options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
      options.keepNext ? '<w:keepNext/>' : '',
      options.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
      options.before !== undefined || options.after !== undefined
        ? `<w:spacing${options.before !== undefined ? ` w:before="${options.before}"` : ''}${options.after !== undefined ? ` w:after="${options.after}"` : ''}/>`
        : '',
      options.align ? `<w:jc w:val="${options.align}"/>` : '',
    ].join('');
    const runs = asList(content)
      .map((piece) => this.inline(piece, forceBold))
      .join('');
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
  }

  /** Adds a paragraph. */
  p(content: Content, options: ParaOptions = {}): this {
    this.blocks.push(this.paragraph(content, options));
    return this;
  }

  /** Adds a heading with Word's built-in heading style (outline level `level - 1`). */
  heading(level: 1 | 2 | 3, content: Content, options: Omit<ParaOptions, 'style'> = {}): this {
    return this.p(content, { ...options, style: `Heading${level}` });
  }

  /** Adds a guidance paragraph (style "Consigne"). */
  guidance(content: Content): this {
    return this.p(content, { style: 'Consigne' });
  }

  /** Adds a framed box to write an answer in (style "Reponse"), `lines` paragraphs high. */
  answerBox(lines = 6, prompt = '[Votre réponse]'): this {
    this.p({ text: prompt, italic: true }, { style: 'Reponse' });
    for (let i = 1; i < lines; i++) this.p('', { style: 'Reponse' });
    return this.p('', { after: 0 });
  }

  /** Adds an accessible table, preceded by its visible caption. */
  table(spec: TableSpec): this {
    const widths = columnWidths(spec.columns);
    this.p(spec.caption, { style: 'Caption', keepNext: true });
    const cell = (content: Cell, width: number, header: boolean) => {
      const paras = isParas(content) ? content.paras : [content];
      const shading = header ? '<w:shd w:val="clear" w:color="auto" w:fill="DCE9EC"/>' : '';
      const body = paras.map((p) => this.paragraph(p, {}, header)).join('') || '<w:p/>';
      return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${body}</w:tc>`;
    };
    const headerRow =
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      spec.columns.map((c, i) => cell(c.header, widths[i] as number, true)).join('') +
      '</w:tr>';
    const height = spec.minRowHeight ? `<w:trHeight w:val="${spec.minRowHeight}" w:hRule="atLeast"/>` : '';
    const rows = spec.rows.map((row) => {
      if (row.length !== spec.columns.length) {
        throw new Error(`Tableau « ${spec.caption} » : ${row.length} cellules pour ${spec.columns.length} colonnes`);
      }
      return `<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>${row.map((c, i) => cell(c, widths[i] as number, false)).join('')}</w:tr>`;
    });
    this.blocks.push(
      '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>' +
        `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
        `<w:tblCaption w:val="${escapeXml(spec.caption)}"/></w:tblPr>` +
        `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        headerRow +
        rows.join('') +
        '</w:tbl>',
    );
    // Word needs a paragraph between two tables, and one after a table that ends a cell or body.
    return this.p('', { after: 0 });
  }

  /** The body's XML, in order. */
  xml(): string {
    return this.blocks.join('');
  }
}
