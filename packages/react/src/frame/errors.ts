/** What the in-widget error state shows: a title line, the message and (when known) the code. */
export interface WidgetErrorInfo {
  message: string;
  code: string | undefined;
}

export function describeError(error: unknown): WidgetErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { message: error.message || error.name, code: typeof code === 'string' ? code : undefined };
  }
  if (typeof error === 'string') return { message: error, code: undefined };
  return { message: 'Unknown error', code: undefined };
}
