import { useEffect, useRef, useState } from 'react';

/**
 * The width, in CSS pixels, of the element the chart draws in, kept current as it resizes. Drawing at the real width
 * (not scaling a fixed viewBox) keeps the axis text at the page's size on phones and wide screens alike.
 */
export function useChartWidth(initial = 640) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
