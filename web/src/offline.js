// offline.js - registers the service worker (sw.js) that lets Goalpost open
// with the network off after the first visit.

/**
 * Registers sw.js next to the page. Resolves to the registration, or to null
 * where offline use is not possible (the single-file edition opened from disk,
 * a browser without service workers) or registration failed: the app works
 * online either way, so this never throws.
 *
 * `onUpdateReady(apply)` is called when a new version of the site has been
 * downloaded and waits for the tabs to close; calling `apply()` switches to it
 * now and reloads the page.
 */
export async function registerOffline({ onUpdateReady } = {}) {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return null;
  let registration;
  try {
    registration = await navigator.serviceWorker.register('sw.js');
  } catch (error) {
    console.warn(`Goalpost will not work offline: ${error.message}`);
    return null;
  }
  if (onUpdateReady) watchForUpdates(registration, onUpdateReady);
  return registration;
}

function watchForUpdates(registration, onUpdateReady) {
  // Only a worker that waits while another one controls the page is an update;
  // the very first install is not.
  const offer = (worker) => {
    if (!worker || !navigator.serviceWorker.controller) return;
    onUpdateReady(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('goalpost:activate-update');
    });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}
