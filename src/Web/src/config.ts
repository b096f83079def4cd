/** The runtime configuration: the local environment serves it, and the AWS deployment writes it, at /config.json. */
export interface AppConfig {
  apiBaseUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // Default cache mode, so the preload in index.html is used; the server marks the file no-store/no-cache.
  const response = await fetchImpl('/config.json');
  if (!response.ok) {
    throw new Error(`The shop's configuration could not be loaded (HTTP ${response.status}).`);
  }
  const config = (await response.json()) as Partial<AppConfig>;
  for (const key of ['apiBaseUrl', 'region', 'userPoolId', 'userPoolClientId', 'cognitoEndpoint'] as const) {
    if (typeof config[key] !== 'string') {
      throw new Error(`The shop's configuration has no ${key}.`);
    }
  }
  return config as AppConfig;
}
