// PromoWeb service worker: shows promotional pushes and reports opens.
// The payload is the JSON the delivery worker encrypts (RFC 8291); the browser decrypts it.

// Shows one push and reports the open; resolves to what happened, for the demo storefront.
async function present(data) {
  try {
    // `tag` equals the Web Push Topic: a resent copy replaces the shown one, never doubles it.
    await self.registration.showNotification(data.title || "", {
      body: data.body || "",
      tag: data.tag,
      data: { url: data.url },
    });
  } catch (error) {
    // Notifications blocked: nothing was shown, so no open is reported either.
    return { shown: false, error: String(error) };
  }
  let opened = false;
  if (data.open_url && data.open_token) {
    const response = await fetch(data.open_url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: data.open_token }),
      keepalive: true,
    }).catch(() => null);
    opened = Boolean(response && response.ok);
  }
  return { shown: true, opened: opened };
}

// The real path: the browser's push service delivers, the browser decrypts, this fires.
self.addEventListener("push", (event) => {
  const data = event.data ? event.data.json() : {};
  event.waitUntil(present(data));
});

// The demo path (DELIVERY_DEMO_PUSH_SERVICE_URL): no browser push connection exists, so the
// storefront page fetches and decrypts the push itself and hands the plaintext over here, where
// it takes the same route as a `push` event from then on. Only same-origin pages can post here.
self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type !== "demo-push") {
    return;
  }
  const reply = event.ports && event.ports[0];
  event.waitUntil(
    present(message.payload || {}).then((result) => {
      if (reply) {
        reply.postMessage(result);
      }
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  // The signed /t/<token> link records the click and redirects to the offer.
  if (event.notification.data && event.notification.data.url) {
    event.waitUntil(clients.openWindow(event.notification.data.url));
  }
});
