import { useMemo } from 'react';

/**
 * Colours of styles/tokens.css by name (`--tier-3`, `--color-chart-average`), for SVG charts,
 * whose fill and stroke attributes cannot read CSS variables.
 */
export function useTokenColors(): (token: `--${string}`) => string {
  return useMemo(() => {
    const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
    return (token) => style?.getPropertyValue(token).trim() || 'currentColor';
  }, []);
}
