import { useEffect } from 'react';

/** Names the browser tab (and what screen readers announce on navigation) after the page: "Cart · Git Goods". */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Git Goods` : 'Git Goods';
  }, [title]);
}
