import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';

/**
 * The routes of a list-and-detail section: the list at the index, fixed pages such as `new` or
 * `types` (matched before the item, so their names never read as an id), then one item at
 * `:<param>`. With `home`, any other path goes back to the list instead of rendering nothing.
 */
export function ListDetailRoutes({
  list,
  pages = {},
  param = 'id',
  detail,
  home,
}: {
  list: ReactNode;
  pages?: Readonly<Record<string, ReactNode>>;
  param?: string;
  detail: ReactNode;
  home?: string;
}) {
  return (
    <Routes>
      <Route index element={list} />
      {Object.entries(pages).map(([path, element]) => (
        <Route key={path} path={path} element={element} />
      ))}
      <Route path={`:${param}`} element={detail} />
      {home !== undefined && <Route path="*" element={<Navigate to={home} replace />} />}
    </Routes>
  );
}
