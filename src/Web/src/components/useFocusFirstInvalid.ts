import { useEffect, useRef } from 'react';

/** After a check fails, moves focus to the form's first field marked invalid, so keyboard and screen-reader users land on it. */
export function useFocusFirstInvalid(errors: object) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
