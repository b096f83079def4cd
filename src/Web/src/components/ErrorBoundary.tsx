import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Never a blank screen: a render failure shows a way back instead. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The page failed to render', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error page" role="alert">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Your cart and orders are safe.</p>
        <p>
          <a href="/">Back to the shop</a>
        </p>
      </div>
    );
  }
}
