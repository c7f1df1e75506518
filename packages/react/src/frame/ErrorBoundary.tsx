import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** When any of these change, a caught error is cleared and the children render again. */
  resetKeys: readonly unknown[];
  fallback: (error: unknown) => ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children?: ReactNode;
}

interface State {
  error: unknown;
  hasError: boolean;
  resetKeys: readonly unknown[];
}

function changed(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]));
}

/** The safety net of WidgetFrame: an unexpected render error stays inside the widget. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, hasError: false, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (!changed(props.resetKeys, state.resetKeys)) return null;
    return state.hasError ? { error: undefined, hasError: false, resetKeys: props.resetKeys } : { resetKeys: props.resetKeys };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.state.error) : this.props.children;
  }
}
