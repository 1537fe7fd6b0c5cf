// The workbench's entry: the shell (layout, navigation, session) and the router, whose every page is
// a chunk of its own loaded when first opened (pages/index.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PAGES } from './pages/index.js';
import { Shell, RouteError } from './shell/shell.js';
import { RequireRole } from './shell/require-role.js';
import './styles.css';

const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <p role="status">Indlæser …</p>,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/home/index.js')).default }) },
      ...PAGES.map((page) => ({
        path: page.path,
        lazy: async () => {
          const Page = (await page.load()).default;
          return { Component: () => <RequireRole roles={page.roles}><Page /></RequireRole> };
        },
      })),
      { path: '*', lazy: async () => ({ Component: (await import('./pages/home/not-found.js')).default }) },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
