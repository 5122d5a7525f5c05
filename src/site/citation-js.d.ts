/** The parts of citation.js (which ships no types) and of the CSL style packages this project uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
    data: Record<string, unknown>[];
  }
  export const plugins: {
    config: { get(plugin: string): any };
    output: { format(format: string, data: unknown[], options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'style-chicago' {
  const style: unknown;
  export default style;
}
