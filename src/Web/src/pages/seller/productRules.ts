import type { Product, ProductInput, ProductStatus } from '../../api/types';
import { parsePrice, toPriceText } from '../../format/money';
import { isShopImage } from './imageRules';

/** What the seller types, as text; turned into a ProductInput by {@link toProductInput}. */
export interface ProductValues {
  title: string;
  platform: string;
  description: string;
  /** Dollars, such as "59.99". */
  price: string;
  stock: string;
  /** One https URL a line (images hosted elsewhere). */
  images: string;
  /** The uploaded cover (`/images/products/…`), sent first; '' for none. */
  cover: string;
  status: ProductStatus;
}

/** The API's limits (docs/openapi.json ProductInput; ProductInputRules on the server). */
export const limits = {
  title: 200,
  platform: 40,
  description: 4000,
  minPrice: 1,
  maxPrice: 10_000_000,
  maxStock: 1_000_000,
  images: 10,
  imageUrl: 2048,
} as const;

export const shopCurrency = 'SGD';

export const emptyValues: ProductValues = {
  title: '',
  platform: '',
  description: '',
  price: '',
  stock: '1',
  images: '',
  cover: '',
  status: 'ACTIVE',
};

export function valuesOf(product: Product): ProductValues {
  return {
    title: product.title,
    platform: product.platform,
    description: product.description,
    price: toPriceText(product.price.amount),
    stock: String(product.stock),
    images: product.images.filter((url) => !isShopImage(url)).join('\n'),
    cover: product.images.find(isShopImage) ?? '',
    status: product.status,
  };
}

/** Error messages keyed by the API's field names (`title`, `price.amount`, `images`, …), so client and server errors show alike. */
export type FieldErrors = Record<string, string[]>;

/**
 * Checks what the API checks and builds the body to send: the price in minor units (SGD), image lines trimmed.
 * `input` is undefined when anything is wrong; `errors` then says what, per field.
 */
export function toProductInput(
  values: ProductValues,
  editing: boolean,
  platforms?: readonly string[],
): { input?: ProductInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] = [...(errors[field] ?? []), message]);

  const title = values.title.trim();
  if (title.length < 1 || title.length > limits.title) add('title', `Enter a title of 1–${limits.title} characters.`);
  const platform = values.platform.trim();
  checkPlatform(platform, platforms, add);
  const description = values.description.trim();
  if (description.length > limits.description) add('description', `Keep the description to ${limits.description} characters or fewer.`);

  const amount = parsePrice(values.price);
  if (amount === undefined) {
    add('price.amount', 'Enter a price in dollars, such as 59.99.');
  } else if (amount < limits.minPrice || amount > limits.maxPrice) {
    add('price.amount', 'Enter a price from S$0.01 to S$100,000.00.');
  }

  const stockText = values.stock.trim();
  const stock = /^\d+$/.test(stockText) ? Number(stockText) : undefined;
  if (stock === undefined || stock > limits.maxStock) add('stock', `Enter a whole number from 0 to ${limits.maxStock.toLocaleString('en-SG')}.`);

  const images = values.images
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (images.length + (values.cover ? 1 : 0) > limits.images) add('images', `Add at most ${limits.images} image URLs.`);
  images.forEach((url, index) => {
    if (!isHttpsUrl(url)) add('images', `Line ${index + 1} is not an https:// web address.`);
  });

  if (Object.keys(errors).length > 0) return { errors };
  const input: ProductInput = {
    title,
    platform,
    description,
    price: { amount: amount!, currency: shopCurrency },
    stock: stock!,
    images: values.cover ? [values.cover, ...images] : images,
  };
  if (editing) input.status = values.status;
  return { input, errors };
}

/** Managed platforms (config.json): exactly one of them, as the API checks; without the list, 1–40 characters of text. */
function checkPlatform(platform: string, platforms: readonly string[] | undefined, add: (field: string, message: string) => void) {
  if (platforms?.length) {
    if (!platforms.includes(platform)) add('platform', "Choose one of the shop's platforms.");
  } else if (platform.length < 1 || platform.length > limits.platform) {
    add('platform', `Enter a platform of 1–${limits.platform} characters, such as PC.`);
  }
}

function isHttpsUrl(text: string): boolean {
  if (text.length > limits.imageUrl) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
