// Types of the comparison script's exports, for the tests that use it.
export interface Comparison {
  seedSentences: number;
  invented: string[];
  changed: Array<{ seed: string; pdf: string; likhet: number }>;
  missing: string[];
  moved: string[];
  fragments: string[];
  missingFragments: string[];
}
export declare function normalize(text: string): string;
export declare function sentences(paragraph: string): string[];
export declare function similarity(a: string, b: string): number;
export declare const NAVET_CORRECTIONS: Array<{ seed: string; rättat: string }>;
export declare function applyCorrections(text: string, corrections: Array<{ seed: string; rättat: string }>): { text: string; applied: number };
export declare function seedDocuments(text: string): { tjansteutlatande: string[]; avtal: string[] };
export declare function pdfText(file: string): Promise<string>;
export declare function compare(seedParagraphs: string[], pdf: string): Comparison;
