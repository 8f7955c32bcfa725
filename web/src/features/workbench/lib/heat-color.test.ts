import { describe, expect, it } from 'vitest';
import { heatColor } from './heat-color.ts';

describe(heatColor.name, () => {
  it('keep heat-map text readable (WCAG 4.5:1) from white to the darkest cell', () => {
    expect(heatColor(0)).toEqual({ background: 'rgb(255 255 255)', color: '#1a1d23' });
    expect(heatColor(1)).toEqual({ background: 'rgb(29 59 99)', color: '#ffffff' });
  });
});
