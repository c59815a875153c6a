/**
 * Okabe–Ito colours: told apart with the common colour-vision deficiencies. Series keep one colour each across
 * the dashboard (submitted, intents, bids, signed…), and every chart also has a table view.
 */
export const COLOR = {
  blue: '#0072B2',
  sky: '#56B4E9',
  green: '#009E73',
  orange: '#E69F00',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
  grey: '#8C8C8C',
  light: '#D9D9D9',
  text: '#262626',
  muted: '#595959',
} as const;

/** Categorical series (sectors, partner kinds) in order. */
export const CATEGORICAL = [
  COLOR.blue,
  COLOR.orange,
  COLOR.green,
  COLOR.purple,
  COLOR.sky,
  COLOR.vermillion,
  COLOR.yellow,
  COLOR.grey,
];

/** Stage colours of the funnel: one hue from dark to light, so the order reads without a legend. */
export function funnelColors(n: number): string[] {
  const from = [0x0b, 0x3c, 0x5d];
  const to = [0x4a, 0x9b, 0xd1];
  return Array.from({ length: n }, (_, i) => {
    const f = n > 1 ? i / (n - 1) : 0;
    const rgb = from.map((c, k) => Math.round(c + ((to[k] ?? c) - c) * f));
    return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });
}
