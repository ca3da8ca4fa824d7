/** File sizes in French: "820 octets", "12 ko", "1,4 Mo" (1 ko = 1 000 octets). */
import { formatNumber, NNBSP } from '../shared/french';

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)}${NNBSP}octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 999_500) return `${formatNumber(Math.round(bytes / 1000))}${NNBSP}ko`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)}${NNBSP}Mo`;
}
