// Folder names for problems: "G. Castle Defense" -> "g-castle-defense". Letters of any
// script are kept (lower-cased, accents dropped); everything else becomes one dash.

const MAX_LENGTH = 64;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return slug === '' ? 'problem' : slug;
}
