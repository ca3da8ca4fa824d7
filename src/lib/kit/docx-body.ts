/**
 * Building blocks of a WordprocessingML body: paragraphs with real styles, runs, external
 * links, Word checkbox content controls, and accessible tables (header row repeated and
 * marked `w:tblHeader`, a caption in `w:tblCaption`, rows that never split, columns wide
 * enough for their header's longest word). `DocxBody` collects the blocks and the links'
 * relationship ids, which are numbered in order of use so the same document always gives
 * the same XML. Every text goes through the French typography of `frenchTypography` here,
 * where it is written into the document, so no sentence escapes it.
 */
import { frenchTypography } from '../shared/french';
import { escapeXml } from './xml';

/** A piece of text with its formatting. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** External link target (`https://…`, `mailto:…`). */
  link?: string;
  /** A checkbox content control (ticks with a click in Word and LibreOffice); `text` is ignored. */
  checkbox?: boolean;
}

export type Inline = string | Span;
/** What a paragraph holds: one or several inline pieces. */
export type Content = Inline | readonly Inline[];

export interface ParaOptions {
  /** Paragraph style id (`Heading1`, `Title`, `Consigne`, `Reponse`…); Normal when absent. */
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  keepNext?: boolean;
  /** Keeps the paragraph's lines on one page. */
  keepLines?: boolean;
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
  /** False when a heading just above says the same thing: the caption is then only read, not shown. */
  showCaption?: boolean;
  /** Keeps the whole table on one page (short tables that make sense only whole). */
  keepTogether?: boolean;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** Smallest row height, in twentieths of a point (room to write by hand). */
  minRowHeight?: number;
}

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 9638;

/** The empty box sign, for lists to tick. */
export const BOX = '\u2610';

/** Font named for the checkboxes (Windows and Office have it); others fall back on a font with U+2610. */
export const CHECKBOX_FONT = 'Segoe UI Symbol';

/** Approximate width of one character of a bold 11 pt header, in twentieths of a point. */
const HEADER_CHAR_WIDTH = 140;
/** Left and right cell margins of the table style, in twentieths of a point. */
const CELL_MARGINS = 216;

const isSpanList = (c: Content): c is readonly Inline[] => Array.isArray(c);
const asList = (c: Content): readonly Inline[] => (isSpanList(c) ? c : [c as Inline]);
const isParas = (c: Cell): c is { paras: readonly Content[] } =>
  typeof c === 'object' && c !== null && !Array.isArray(c) && 'paras' in c;

/** The narrowest width a column can have without breaking its header inside a word. */
export function minColumnWidth(header: string): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((w) => [...w].length));
  return longest * HEADER_CHAR_WIDTH + CELL_MARGINS;
}

/**
 * Splits column widths by weight, then widens any column too narrow for its header's
 * longest word, taking the room from the others in proportion to what they can spare.
 * The last column takes what rounding leaves.
 */
export function columnWidths(columns: readonly Column[], total = TEXT_WIDTH): number[] {
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const mins = columns.map((c) => minColumnWidth(c.header));
  let widths = columns.map((c) => (total * c.weight) / sum);
  const lack = widths.reduce((s, w, i) => s + Math.max(0, (mins[i] as number) - w), 0);
  if (lack > 0) {
    const spare = widths.map((w, i) => Math.max(0, w - (mins[i] as number)));
    const spareSum = spare.reduce((s, x) => s + x, 0);
    widths = widths.map((w, i) =>
      w < (mins[i] as number) ? (mins[i] as number) : w - (spareSum ? (lack * (spare[i] as number)) / spareSum : 0),
    );
  }
  const whole = widths.map(Math.floor);
  whole[whole.length - 1] = total - whole.slice(0, -1).reduce((s, w) => s + w, 0);
  return whole;
}

/** A Word checkbox content control (w14:checkbox), unticked, showing U+2610. */
function checkboxXml(): string {
  const font = `<w:rFonts w:ascii="${CHECKBOX_FONT}" w:eastAsia="${CHECKBOX_FONT}" w:hAnsi="${CHECKBOX_FONT}" w:cs="${CHECKBOX_FONT}"/>`;
  return (
    `<w:sdt><w:sdtPr><w:rPr>${font}</w:rPr>` +
    `<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="${CHECKBOX_FONT}"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="${CHECKBOX_FONT}"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr>${font}</w:rPr><w:t>${BOX}</w:t></w:r></w:sdtContent></w:sdt>`
  );
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
  /** A table was the last block: Word needs a paragraph after it before another table or the end. */
  private afterTable = false;

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
    if (span.checkbox) return checkboxXml();
    if (!span.text) return '';
    const props = [
      span.link ? '<w:rStyle w:val="Hyperlink"/>' : '',
      span.bold || forceBold ? '<w:b/><w:bCs/>' : '',
      span.italic ? '<w:i/><w:iCs/>' : '',
    ].join('');
    // A link's text is an address: shown exactly as it is.
    const text = span.link ? span.text : frenchTypography(span.text);
    const run = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${textRuns(text)}</w:r>`;
    return span.link ? `<w:hyperlink r:id="${this.linkId(span.link)}" w:history="1">${run}</w:hyperlink>` : run;
  }

  /** One paragraph's XML (not added to the body: for table cells and the footer). */
  paragraph(content: Content, options: ParaOptions = {}, forceBold = false): string {
    const props = [
      options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
      options.keepNext ? '<w:keepNext/>' : '',
      options.keepLines ? '<w:keepLines/>' : '',
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
    this.afterTable = false;
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
    // Every line but the last keeps with the next: the box is never split across two pages.
    this.p({ text: prompt, italic: true }, { style: 'Reponse', keepNext: lines > 1 });
    for (let i = 1; i < lines; i++) this.p('', { style: 'Reponse', keepNext: i < lines - 1 });
    return this.p('', { after: 0 });
  }

  /**
   * Adds an accessible table, preceded by its visible caption (unless `showCaption` is false).
   * No row splits across pages; the header row is repeated on each page and kept with the
   * first row; `keepTogether` keeps the whole table on one page.
   */
  table(spec: TableSpec): this {
    const widths = columnWidths(spec.columns);
    if (spec.showCaption !== false) this.p(spec.caption, { style: 'Caption', keepNext: true });
    else if (this.afterTable) this.p('', { after: 0 });
    const cell = (content: Cell, width: number, header: boolean, keepNext: boolean) => {
      const paras = isParas(content) ? content.paras : [content];
      const shading = header ? '<w:shd w:val="clear" w:color="auto" w:fill="DCE9EC"/>' : '';
      const body = (paras.length ? paras : ['']).map((p) => this.paragraph(p, { keepNext }, header)).join('');
      return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${body}</w:tc>`;
    };
    const headerRow =
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      spec.columns.map((c, i) => cell(c.header, widths[i] as number, true, true)).join('') +
      '</w:tr>';
    const height = spec.minRowHeight ? `<w:trHeight w:val="${spec.minRowHeight}" w:hRule="atLeast"/>` : '';
    const rows = spec.rows.map((row, r) => {
      if (row.length !== spec.columns.length) {
        throw new Error(`Tableau « ${spec.caption} » : ${row.length} cellules pour ${spec.columns.length} colonnes`);
      }
      const keepNext = Boolean(spec.keepTogether) && r < spec.rows.length - 1;
      return `<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>${row.map((c, i) => cell(c, widths[i] as number, false, keepNext)).join('')}</w:tr>`;
    });
    this.blocks.push(
      '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>' +
        `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
        `<w:tblCaption w:val="${escapeXml(frenchTypography(spec.caption))}"/></w:tblPr>` +
        `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        headerRow +
        rows.join('') +
        '</w:tbl>',
    );
    // Word needs a paragraph between two tables and after a table that ends the body; that empty
    // paragraph is written only there (see `p` and `xml`). Before a heading it would break the
    // heading's keep-with-next in LibreOffice, which left the heading alone at a page's foot.
    this.afterTable = true;
    return this;
  }

  /** The body's XML, in order. */
  xml(): string {
    if (this.afterTable) this.p('', { after: 0 });
    return this.blocks.join('');
  }
}
