// Moved to frame/props, where WidgetFrame uses it. Kept with its first signature (title and
// description as text only, a title required) for the widgets that import it from here.
import { checkFrameProps as checkFrame, refuse, type SafeFrameProps } from '../../frame/props';

export { describeValue, refuse } from '../../frame/props';

/** {@link checkFrame}'s result with the title and description as text. */
export interface TextFrameProps extends Omit<SafeFrameProps, 'title' | 'description'> {
  title: string | undefined;
  description: string | undefined;
}

/** The frame props check of MetricTile's first version: a non-empty title and a text description. */
export function checkFrameProps(props: Parameters<typeof checkFrame>[0]): TextFrameProps {
  const r = checkFrame(props, { requireTitle: true });
  const description = typeof r.description === 'string' ? r.description : undefined;
  const error =
    r.error ??
    (description === undefined && r.description !== undefined ? refuse('description', 'a string', props.description) : undefined);
  return { ...r, title: typeof r.title === 'string' ? r.title : undefined, description, error };
}
