/**
 * Background and text colours of a heat-map cell: white for 0 up to the brand blue for the
 * largest count, with the text switching to white where dark text would fall below 4.5:1.
 * Colour only repeats the count written in the cell.
 */
const LOW = [255, 255, 255] as const;
const HIGH = [29, 59, 99] as const; // --color-brand

export function heatColor(fraction: number): { background: string; color: string } {
  const f = Math.min(1, Math.max(0, fraction));
  const rgb = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * f));
  const luminance = relativeLuminance(rgb);
  // contrast with #1a1d23 text vs white text; pick the higher
  const dark = (luminance + 0.05) / (relativeLuminance([26, 29, 35]) + 0.05);
  const light = 1.05 / (luminance + 0.05);
  return { background: `rgb(${rgb.join(' ')})`, color: dark >= light ? '#1a1d23' : '#ffffff' };
}

function relativeLuminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
