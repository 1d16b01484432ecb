// The baseline of `npm run bench:load`: an empty Vite React page, built and served like the app.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Empty() {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('zerobay:empty-painted'));
  }, []);
  return <h1>empty</h1>;
}

createRoot(document.getElementById('root')!).render(<Empty />);
