import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from './i18n/i18n.ts';
import { router } from './app/router.tsx';
import './styles/tokens.css';
import './styles/base.css';
// The features not yet moved to CSS modules (questionnaire, review, workbench).
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The stored language is loaded before the first render, so the page never flashes in English.
await initI18n();

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
