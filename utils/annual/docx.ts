import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnnualDocument } from './document';

// Office paper: Times New Roman 14 pt (sizes are in half-points), A4 with 2 cm margins.
const FONT = 'Times New Roman';
const SIZE = 28;
const CM = 567;

function run(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return new TextRun({ text, font: FONT, size: options.size ?? SIZE, ...options });
}

function line(
  text: string,
  options: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {},
) {
  const { center, ...style } = options;
  return new Paragraph({
    children: [run(text, style)],
    ...(center && { alignment: AlignmentType.CENTER }),
    spacing: { after: 80 },
  });
}

/** The member's text keeps its own line breaks, one paragraph each. */
function body(text: string): Paragraph[] {
  return text.split(/\r?\n/).map(
    (part) =>
      new Paragraph({
        children: [run(part)],
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: CM },
        spacing: { after: 80 },
      }),
  );
}

function cell(paragraphs: Paragraph[]) {
  return new TableCell({ children: paragraphs, width: { size: 50, type: WidthType.PERCENTAGE } });
}

/** Letterhead: the Party committee and cell on the left; the Party's name and the date right. */
function letterhead(doc: AnnualDocument): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([
            line(doc.partyCommittee.toUpperCase(), { center: true, size: 26 }),
            line(doc.cell.toUpperCase(), { center: true, bold: true, size: 26 }),
          ]),
          cell([
            line(doc.code, { center: true, italics: true, size: 24 }),
            line('ĐẢNG CỘNG SẢN VIỆT NAM', { center: true, bold: true }),
            line(doc.placeDate, { center: true, italics: true, size: 26 }),
          ]),
        ],
      }),
    ],
  });
}

/** The document as a .docx file (Word opens and edits it), Times New Roman throughout. */
export async function annualDocx(doc: AnnualDocument): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    letterhead(doc),
    line(''),
    line(doc.title, { bold: true, center: true }),
    line(doc.subtitle, { bold: true, center: true }),
    ...(doc.audience ? [line(doc.audience, { italics: true, center: true })] : []),
    line(''),
    ...doc.profile.map(
      (entry) => new Paragraph({ children: [run(`${entry.label}: `), run(entry.value)] }),
    ),
    line(''),
  ];
  for (const section of doc.sections) {
    children.push(line(section.heading, { bold: true }));
    for (const part of section.parts) {
      children.push(line(part.heading, { italics: true }), ...body(part.text));
    }
    if (section.score) {
      for (const entry of section.score.lines) {
        children.push(line(`${entry.label}: ${entry.value}`));
      }
      for (const level of section.score.levels) {
        children.push(line(`${level.checked ? '☒' : '☐'} ${level.text}`));
      }
    }
  }
  children.push(
    line(''),
    new Paragraph({
      children: [run(doc.signer.role, { bold: true })],
      alignment: AlignmentType.RIGHT,
    }),
    new Paragraph({
      children: [run(doc.signer.hint, { italics: true })],
      alignment: AlignmentType.RIGHT,
    }),
    line(''),
    line(''),
    new Paragraph({
      children: [run(doc.signer.name, { bold: true })],
      alignment: AlignmentType.RIGHT,
    }),
  );
  const file = new Document({
    creator: 'Tự soi',
    title: `${doc.title} ${doc.subtitle}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
