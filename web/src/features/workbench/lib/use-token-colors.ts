import { useMemo } from 'react';

/**
 * The values of colour tokens (styles/tokens.css) by name, for an SVG chart whose attributes
 * cannot read CSS variables. Pass a constant object: the colours are read once for it. Without a
 * document (markup tests) the variable itself stands in.
 */
export function useTokenColors<Name extends string>(tokens: Readonly<Record<Name, `--${string}`>>): Record<Name, string> {
  return useMemo(() => {
    const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
    return Object.fromEntries(
      Object.entries<string>(tokens).map(([name, token]) => [name, style?.getPropertyValue(token).trim() || `var(${token})`]),
    ) as Record<Name, string>;
  }, [tokens]);
}
