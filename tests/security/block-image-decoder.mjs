// Loaded with `node --import` by the fail-safe build tests: any attempt to load sharp (Astro's image
// decoder, subject of GHSA-26w7-cxv4-gfx2 and GHSA-f88m-g3jw-g9cj) fails the build. A build that
// passes with it loaded shows that building the site never decodes an image (see SECURITY.md).
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'sharp' || specifier.startsWith('sharp/')) throw new Error('The build tried to load sharp, the image decoder.');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
