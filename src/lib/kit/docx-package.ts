/**
 * Assembles a .docx (an OPC package, i.e. a ZIP of XML parts) from a body: the content
 * types, the relationships, the styles, the settings, a footer with the page number, and
 * the core and app properties (title, language fr-FR, fixed dates). Written by hand so
 * that nothing carries the build's clock: the same input always gives the same bytes.
 */
import { CHECKBOX_FONT, type DocxBody } from './docx-body';
import { stylesXml } from './docx-styles';
import { escapeXml, XML_DECLARATION } from './xml';
import { writeZip } from './zip';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  /** Word 2010 extensions (checkbox content controls), ignorable by older readers. */
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxMeta {
  /** Document title (core properties and window title). */
  title: string;
  subject: string;
  /** Who publishes it (the agency). */
  creator: string;
  keywords: string;
  description: string;
  /** Kit version stamp, also written in the core properties' `cp:version`. */
  version: string;
  /** Day used for the created/modified properties and the ZIP entries, `YYYY-MM-DD`. */
  day: string;
  /** Left part of the footer; the page number goes on the right. */
  footer: string;
}

const encoder = new TextEncoder();

function contentTypes(): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/word/document.xml', 'officedocument.wordprocessingml.document.main+xml') +
    override('/word/styles.xml', 'officedocument.wordprocessingml.styles+xml') +
    override('/word/settings.xml', 'officedocument.wordprocessingml.settings+xml') +
    override('/word/fontTable.xml', 'officedocument.wordprocessingml.fontTable+xml') +
    override('/word/footer1.xml', 'officedocument.wordprocessingml.footer+xml') +
    override('/docProps/core.xml', 'package.core-properties+xml') +
    override('/docProps/app.xml', 'officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function relationships(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS.rel}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

function rootRels(): string {
  return relationships([
    { id: 'rId1', type: `${NS.officeRel}/officeDocument`, target: 'word/document.xml' },
    {
      id: 'rId2',
      type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      target: 'docProps/core.xml',
    },
    { id: 'rId3', type: `${NS.officeRel}/extended-properties`, target: 'docProps/app.xml' },
  ]);
}

function documentRels(body: DocxBody): string {
  return relationships([
    { id: 'rIdStyles', type: `${NS.officeRel}/styles`, target: 'styles.xml' },
    { id: 'rIdSettings', type: `${NS.officeRel}/settings`, target: 'settings.xml' },
    { id: 'rIdFooter1', type: `${NS.officeRel}/footer`, target: 'footer1.xml' },
    { id: 'rIdFontTable', type: `${NS.officeRel}/fontTable`, target: 'fontTable.xml' },
    ...body.relationships.map((l) => ({
      id: l.id,
      type: `${NS.officeRel}/hyperlink`,
      target: l.target,
      external: true,
    })),
  ]);
}

function documentXml(body: DocxBody): string {
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:w14="${NS.w14}" xmlns:mc="${NS.mc}" mc:Ignorable="w14"><w:body>` +
    body.xml() +
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>' +
    '</w:sectPr></w:body></w:document>'
  );
}

function field(instruction: string, shown: string): string {
  return `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>${shown}</w:t></w:r></w:fldSimple>`;
}

function footerXml(text: string): string {
  return (
    XML_DECLARATION +
    `<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` +
    `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r><w:r><w:tab/></w:r>` +
    `<w:r><w:t xml:space="preserve">Page </w:t></w:r>${field('PAGE', '1')}` +
    `<w:r><w:t xml:space="preserve"> sur </w:t></w:r>${field('NUMPAGES', '1')}` +
    '</w:p></w:ftr>'
  );
}

function settingsXml(): string {
  return (
    XML_DECLARATION +
    `<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>` +
    '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
  );
}

/**
 * The fonts the document names: Arial for text, and the checkboxes' symbol font, each with
 * a family and an alternative name so a reader without it picks a close sans-serif font.
 */
function fontTableXml(): string {
  const font = (name: string, alt: string, panose?: string) =>
    `<w:font w:name="${name}"><w:altName w:val="${alt}"/>${panose ? `<w:panose1 w:val="${panose}"/>` : ''}` +
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';
  return (
    XML_DECLARATION +
    `<w:fonts xmlns:w="${NS.w}">` +
    font('Arial', 'Liberation Sans', '020B0604020202020204') +
    font(CHECKBOX_FONT, 'DejaVu Sans') +
    '</w:fonts>'
  );
}

function coreXml(meta: DocxMeta): string {
  const when = `${meta.day}T00:00:00Z`;
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.creator)}</dc:creator>` +
    `<cp:keywords>${escapeXml(meta.keywords)}</cp:keywords>` +
    `<dc:description>${escapeXml(meta.description)}</dc:description>` +
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<cp:version>${escapeXml(meta.version)}</cp:version>` +
    '<dc:language>fr-FR</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(meta: DocxMeta): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Template>Normal.dotm</Template><Application>guichet</Application><DocSecurity>0</DocSecurity>' +
    `<Company>${escapeXml(meta.creator)}</Company>` +
    '</Properties>'
  );
}

/** The .docx bytes of a body. */
export function packDocx(body: DocxBody, meta: DocxMeta): Uint8Array<ArrayBuffer> {
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes()],
    ['_rels/.rels', rootRels()],
    ['docProps/app.xml', appXml(meta)],
    ['docProps/core.xml', coreXml(meta)],
    ['word/_rels/document.xml.rels', documentRels(body)],
    ['word/document.xml', documentXml(body)],
    ['word/fontTable.xml', fontTableXml()],
    ['word/footer1.xml', footerXml(meta.footer)],
    ['word/settings.xml', settingsXml()],
    ['word/styles.xml', stylesXml()],
  ];
  return writeZip(
    parts.map(([name, xml]) => ({ name, bytes: encoder.encode(xml) })),
    { day: meta.day },
  );
}
