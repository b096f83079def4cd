import type { ReactNode } from 'react';
import { errorMessage } from '../api/errorMessages';

/** A failure in words (`message`, else the usual words for `error`), announced to screen readers, with an optional way to try again. */
export function ErrorNotice({ error, message, onRetry }: { error: unknown; message?: string; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{message ?? errorMessage(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}
