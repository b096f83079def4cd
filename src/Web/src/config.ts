/** The runtime configuration: the local stack serves it, and the AWS deployment writes it, at /config.json. */
export interface AppConfig {
  apiBaseUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
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
