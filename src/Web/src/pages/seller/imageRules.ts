/** The image rules of the API (POST /api/seller/images; ImageFormats on the server). */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maxImageBytes = 2 * 1024 * 1024;

/** A shop image URL (as POST /api/seller/images hands out), as opposed to an https URL hosted elsewhere. */
export function isShopImage(url: string): boolean {
  return /^\/images\/products\/[0-9a-f]{32}$/.test(url);
}

/** Why this file cannot be uploaded, or undefined when it can. */
export function imageFileProblem(file: { type: string; size: number; name: string }): string | undefined {
  if (!(imageTypes as readonly string[]).includes(file.type)) {
    return `${file.name} is not a JPEG, PNG or WebP image. Choose a .jpg, .png or .webp file.`;
  }
  if (file.size > maxImageBytes) {
    return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; images can be at most 2 MB.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  return undefined;
}
