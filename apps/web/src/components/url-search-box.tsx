import type { ComponentProps } from 'react';
import { Input } from 'antd';

type Props = Omit<ComponentProps<typeof Input.Search>, 'value' | 'defaultValue' | 'onSearch'> & {
  /** The words kept in the URL. */
  value: string | undefined;
  /** The trimmed words; `undefined` when the box was cleared or left blank. */
  onSearch: (q: string | undefined) => void;
};

/**
 * A search box for words kept in the URL: typing stays local until the search is sent, and the
 * box starts again from the URL when that changes (back button, reset, a suggestion).
 */
export function UrlSearchBox({ value, onSearch, ...props }: Props) {
  return <Input.Search key={value ?? ''} defaultValue={value} allowClear {...props} onSearch={(q) => onSearch(q.trim() || undefined)} />;
}
