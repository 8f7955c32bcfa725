import { useMemo } from 'react';

const FALLBACK = ['#3b1c6e', '#31548f', '#1b7a76', '#5bb55e', '#f2d43d'];

/**
 * The tier colours defined once in styles.css (`--tier-1` …), for SVG charts, whose fill
 * attributes cannot read CSS variables.
 */
export function useTierColors(): (tier: number) => string {
  return useMemo(() => {
    const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
    return (tier: number) => style?.getPropertyValue(`--tier-${tier}`).trim() || FALLBACK[tier - 1] || '#777777';
  }, []);
}
