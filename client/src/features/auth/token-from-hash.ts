/** Links carry their token in the URL fragment (#token=…), which browsers never send to servers. */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}
