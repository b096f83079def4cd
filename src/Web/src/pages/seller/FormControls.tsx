import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface Described {
  label: string;
  errors?: string[];
  hint?: ReactNode;
}

/** Ids and ARIA for a labelled control with its hint and errors (as components/Field does for inputs). */
function useDescribed(id: string | undefined, hint: ReactNode, errors: string[] | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: {
      'aria-invalid': errors?.length ? true : undefined,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    },
  };
}

function Frame({ controlId, label, hint, hintId, errorId, errors, children }: Described & {
  controlId: string;
  hintId?: string;
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <div className={errors?.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={controlId}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** A labelled textarea with its hint and error messages. */
export function TextAreaField({ label, errors, hint, id, ...textarea }: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { controlId, hintId, errorId, aria } = useDescribed(id, hint, errors);
  return (
    <Frame controlId={controlId} label={label} hint={hint} hintId={hintId} errorId={errorId} errors={errors}>
      <textarea id={controlId} {...aria} {...textarea} />
    </Frame>
  );
}

/** A labelled select with its hint and error messages. */
export function SelectField({ label, errors, hint, id, children, ...select }: Described & SelectHTMLAttributes<HTMLSelectElement>) {
  const { controlId, hintId, errorId, aria } = useDescribed(id, hint, errors);
  return (
    <Frame controlId={controlId} label={label} hint={hint} hintId={hintId} errorId={errorId} errors={errors}>
      <select id={controlId} {...aria} {...select}>
        {children}
      </select>
    </Frame>
  );
}
