/** oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4), one static file per chapter. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export interface OEmbedInput {
  title: string;
  provider: string;
  providerUrl: string;
  html: string;
  width: number;
  height: number;
  thumbnail: { url: string; width: number; height: number };
}

export function oembed(input: OEmbedInput): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.provider,
    provider_url: input.providerUrl,
    author_name: input.provider,
    author_url: input.providerUrl,
    html: input.html,
    width: input.width,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
    cache_age: 86_400,
  };
}

/** The problems a consumer would reject the response for; [] when it is valid. */
export function oembedProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  if (o.version !== '1.0') problems.push('version must be "1.0"');
  if (o.type !== 'rich') problems.push('type must be "rich"');
  for (const key of ['html', 'title', 'provider_name', 'provider_url']) {
    if (typeof o[key] !== 'string' || (o[key] as string).length === 0)
      problems.push(`${key} must be a non-empty string`);
  }
  for (const key of ['width', 'height']) {
    if (!Number.isInteger(o[key]) || (o[key] as number) <= 0) problems.push(`${key} must be a positive integer`);
  }
  if ('thumbnail_url' in o) {
    for (const key of ['thumbnail_width', 'thumbnail_height']) {
      if (!Number.isInteger(o[key])) problems.push(`${key} is required with thumbnail_url`);
    }
  }
  if (typeof o.html === 'string' && !/^<iframe [^>]*title="[^"]+"/.test(o.html))
    problems.push('html must start with a titled iframe');
  return problems;
}
