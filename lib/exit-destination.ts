/**
 * The quick exit's destination must be an absolute https URL with no
 * user name or password in it, so the exit can never leak or break.
 */
export function validateExitUrl(raw: string, name = 'exit URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute https:// URL, not "${raw}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${name} must use https://, not "${url.protocol}" ("${raw}")`);
  }
  if (url.username || url.password) {
    throw new Error(`${name} must not contain a user name or password ("${raw}")`);
  }
  return url.href;
}
