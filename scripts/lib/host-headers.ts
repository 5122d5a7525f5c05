/**
 * The security policy (src/site/security-policy.ts) written out for each kind of host: the `_headers`
 * file Netlify and Cloudflare Pages read, and configuration blocks for nginx, Apache and Caddy, which
 * docs/security.md shows. `npm run headers` writes them; a test fails when a written copy is stale.
 */
import { META_CONTENT_SECURITY_POLICY, REFERRER_POLICY, SECURITY_HEADERS } from '../../src/site/security-policy';

const entries = () => Object.entries(SECURITY_HEADERS);
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** `public/_headers`: one catch-all block, in the syntax Netlify and Cloudflare Pages share. */
export function headersFile(): string {
  return [
    '# Security headers for every response, read by Netlify and Cloudflare Pages (and by scripts/serve.mjs).',
    '# Generated from src/site/security-policy.ts by `npm run headers`: edit that file, not this one.',
    '# Other hosts: see docs/security.md.',
    '/*',
    ...entries().map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

export function nginxConfig(): string {
  return [
    '# Inside the server { } block that serves dist/. nginx forgets inherited add_header lines in any',
    '# location { } that has add_header lines of its own: repeat these there.',
    ...entries().map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
  ].join('\n');
}

export function apacheConfig(): string {
  return [
    '# In the <VirtualHost>, or in dist/.htaccess (needs mod_headers and AllowOverride FileInfo).',
    '<IfModule mod_headers.c>',
    ...entries().map(([name, value]) => `  Header always set ${name} ${quoted(value)}`),
    '</IfModule>',
  ].join('\n');
}

export function caddyConfig(): string {
  return ['# Inside the site block of the Caddyfile that serves dist/.', 'header {', ...entries().map(([name, value]) => `\t${name} ${quoted(value)}`), '}'].join('\n');
}

/** The tags every page carries in its <head> (src/layouts/Base.astro), shown for hosts without headers. */
export function metaTags(): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
    `<meta name="referrer" content="${REFERRER_POLICY}" />`,
  ].join('\n');
}

const BLOCKS: Record<string, { language: string; text: () => string }> = {
  headers: { language: 'text', text: headersFile },
  nginx: { language: 'nginx', text: nginxConfig },
  apache: { language: 'apache', text: apacheConfig },
  caddy: { language: 'caddyfile', text: caddyConfig },
  meta: { language: 'html', text: metaTags },
};

const BLOCK = /(<!-- generated: ([a-z]+) -->\n)[\s\S]*?(\n<!-- end generated -->)/g;

/**
 * Rewrites every generated block of a Markdown document, marked as
 * `<!-- generated: nginx -->` ... `<!-- end generated -->`, with the current configuration.
 */
export function updateGeneratedBlocks(markdown: string): string {
  return markdown.replace(BLOCK, (_whole: string, open: string, name: string, close: string) => {
    const block = BLOCKS[name];
    if (!block) throw new Error(`Unknown generated block "${name}"; known: ${Object.keys(BLOCKS).join(', ')}.`);
    return `${open}\`\`\`${block.language}\n${block.text().trimEnd()}\n\`\`\`${close}`;
  });
}

/** Names of the generated blocks a document contains. */
export function generatedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(BLOCK)].map((m) => m[2]);
}
