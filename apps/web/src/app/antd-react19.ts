import { unstableSetRender } from 'antd';
import { createRoot, type Root } from 'react-dom/client';

/**
 * antd 5 renders a few things outside the React tree (the click wave of buttons, static dialogs)
 * through ReactDOM.render, which React 19 no longer has: they silently failed, and development
 * builds logged "antd v5 support React is 16 ~ 18" on the first click. This is antd's own hook
 * for React 19 (what @ant-design/v5-patch-for-react-19 does); antd 6 will not need it.
 */
const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(node);
  return async () => {
    // Let React finish the render in flight before unmounting (as the official patch does).
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
