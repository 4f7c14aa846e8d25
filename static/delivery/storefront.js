// Subscribes this browser to Web Push and registers the subscription for the shopper.
//
// What is real here: the service worker (registered from /delivery/sw.js, it shows the
// notification and posts the open beacon), the subscription keys (a P-256 ECDH pair and a 16-byte
// auth secret, made with WebCrypto exactly as pushManager.subscribe makes them), the
// subscription posted to /delivery/subscribe, and the RFC 8291 / RFC 8188 (aes128gcm) decryption
// of each push, done below with WebCrypto on the bytes the delivery worker encrypted and
// VAPID-signed for the push service.
//
// What is simulated, and only when the site is configured with DELIVERY_DEMO_PUSH_SERVICE_URL
// (for instance the loopback Web Push fake) and the browser's own pushManager.subscribe fails
// (a headless or offline browser cannot reach Google's push service): the push service is
// that URL, and the hop from the push service to the browser is this page polling it, where a
// real browser would receive the push over its own connection, decrypt it internally and fire
// the service worker's `push` event.
(function () {
  const button = document.getElementById("subscribe");
  const status = document.getElementById("status");
  const inbox = document.getElementById("inbox");
  const vapidKey = JSON.parse(document.getElementById("vapid-key").textContent);
  const shopper = JSON.parse(document.getElementById("shopper-id").textContent);
  const pushServiceUrl = JSON.parse(document.getElementById("push-service-url").textContent);
  // How long a real subscribe may take before the demo push service is used instead: an
  // offline browser can retry its push-service registration for minutes.
  const REAL_SUBSCRIBE_TIMEOUT_MS = 5000;
  const POLL_INTERVAL_MS = 500;
  const encoder = new TextEncoder();
  let registration = null;

  function b64urlToBytes(value) {
    const padded = value.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((value.length + 3) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  }

  function bytesToB64url(bytes) {
    let binary = "";
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function concat(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  function withTimeout(promise, ms, what) {
    return Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error(what + " timed out")), ms)),
    ]);
  }

  async function postSubscription(subscription) {
    const response = await fetch(window.PROMO.subscribeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": window.PROMO.csrfToken },
      body: JSON.stringify({ shopper: shopper, subscription: subscription }),
    });
    if (!response.ok) {
      throw new Error("could not register the subscription: " + response.status);
    }
  }

  // --- RFC 8291 (Web Push message encryption) over RFC 8188 (aes128gcm) -------------------

  async function hkdf(salt, ikm, info, length) {
    const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
    const bits = await crypto.subtle.deriveBits(
      { name: "HKDF", hash: "SHA-256", salt: salt, info: info }, key, length * 8,
    );
    return new Uint8Array(bits);
  }

  async function decryptPush(body, sub) {
    // Header: salt (16) | record size (uint32) | keyid length (1) | keyid = the sender's
    // ephemeral public key (as_public, 65 bytes uncompressed P-256).
    if (body.length < 21) {
      throw new Error("aes128gcm: truncated header");
    }
    const salt = body.slice(0, 16);
    const rs = new DataView(body.buffer, body.byteOffset + 16, 4).getUint32(0);
    const idlen = body[20];
    const asPublic = body.slice(21, 21 + idlen);
    if (idlen !== 65 || rs < 18) {
      throw new Error("aes128gcm: keyid is not a P-256 public key or the record size is bad");
    }
    const asKey = await crypto.subtle.importKey(
      "raw", asPublic, { name: "ECDH", namedCurve: "P-256" }, false, [],
    );
    const ecdhSecret = new Uint8Array(
      await crypto.subtle.deriveBits({ name: "ECDH", public: asKey }, sub.privateKey, 256),
    );
    // IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info\0" || ua_public || as_public, 32)
    const keyInfo = concat(encoder.encode("WebPush: info\u0000"), sub.publicRaw, asPublic);
    const ikm = await hkdf(sub.auth, ecdhSecret, keyInfo, 32);
    const cek = await hkdf(salt, ikm, encoder.encode("Content-Encoding: aes128gcm\u0000"), 16);
    const nonce = await hkdf(salt, ikm, encoder.encode("Content-Encoding: nonce\u0000"), 12);
    const aesKey = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
    const plain = [];
    let offset = 21 + idlen;
    for (let seq = 0; offset < body.length; seq++) {
      const end = Math.min(offset + rs, body.length);
      const last = end === body.length;
      // Each record's nonce is NONCE XOR its sequence number (big-endian, low 48 bits).
      const iv = nonce.slice();
      for (let i = 0, s = seq; i < 6; i++, s = Math.floor(s / 256)) {
        iv[11 - i] ^= s & 0xff;
      }
      const record = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: iv, tagLength: 128 }, aesKey, body.slice(offset, end),
        ),
      );
      // Strip the padding: zeros, then the delimiter (2 on the last record, 1 before it).
      let i = record.length - 1;
      while (i >= 0 && record[i] === 0) {
        i--;
      }
      if (i < 0 || record[i] !== (last ? 2 : 1)) {
        throw new Error("aes128gcm: bad padding delimiter");
      }
      plain.push(record.slice(0, i));
      offset = end;
    }
    return new TextDecoder().decode(concat(...plain));
  }

  // --- Showing what arrived ----------------------------------------------------------------

  function renderInInbox(payload) {
    // textContent only: the title and body are model-written text, never markup.
    let item = payload.tag ? inbox.querySelector(`li[data-tag="${CSS.escape(payload.tag)}"]`) : null;
    if (!item) {
      item = document.createElement("li");
      inbox.prepend(item);
    }
    item.replaceChildren();
    item.dataset.tag = payload.tag || "";
    item.dataset.notification = "pending";
    const title = document.createElement("strong");
    title.className = "title";
    title.textContent = payload.title || "";
    const body = document.createElement("span");
    body.className = "body";
    body.textContent = payload.body || "";
    const note = document.createElement("small");
    note.className = "note";
    item.append(title, " ", body, " ", note);
    return item;
  }

  function handToServiceWorker(payload) {
    const worker = registration && registration.active;
    if (!worker) {
      return Promise.resolve({ shown: false, error: "no active service worker" });
    }
    return withTimeout(new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker.postMessage({ type: "demo-push", payload: payload }, [channel.port2]);
    }), 10000, "service worker").catch((error) => ({ shown: false, error: String(error) }));
  }

  async function receive(sub, body) {
    const payload = JSON.parse(await decryptPush(body, sub));
    // Shown in the page too: a headless or notification-blocked browser shows nothing else.
    const item = renderInInbox(payload);
    const result = await handToServiceWorker(payload);
    item.dataset.notification = result.shown ? "shown" : "blocked";
    item.dataset.opened = result.opened ? "yes" : "no";
    item.querySelector(".note").textContent = result.shown
      ? "(also shown as a notification)"
      : "(notifications are blocked in this browser)";
  }

  // --- The demo push service ---------------------------------------------------------------

  function openStore() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open("promoweb-demo-push", 1);
      request.onupgradeneeded = () => request.result.createObjectStore("subscriptions");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function storeCall(mode, call) {
    const db = await openStore();
    try {
      return await new Promise((resolve, reject) => {
        const request = call(db.transaction("subscriptions", mode).objectStore("subscriptions"));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }

  // The key pair lives in IndexedDB as a non-extractable CryptoKey, as a browser keeps a
  // subscription's private key to itself; a reload keeps the same subscription.
  const storeKey = () => pushServiceUrl + "|" + shopper;
  const loadDemoSubscription = () => storeCall("readonly", (s) => s.get(storeKey()));
  const saveDemoSubscription = (sub) => storeCall("readwrite", (s) => s.put(sub, storeKey()));

  async function createDemoSubscription() {
    const pair = await crypto.subtle.generateKey(
      { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"],
    );
    const publicRaw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
    const auth = crypto.getRandomValues(new Uint8Array(16));
    // Binds the endpoint to our VAPID key, as the browser does at its push service.
    const response = await fetch(pushServiceUrl.replace(/\/$/, "") + "/register", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ applicationServerKey: vapidKey }),
    });
    if (!response.ok) {
      throw new Error("the demo push service refused the subscription: " + response.status);
    }
    const created = await response.json();
    return {
      id: created.id,
      endpoint: created.endpoint,
      privateKey: pair.privateKey,
      publicRaw: publicRaw,
      auth: auth,
    };
  }

  let polling = false;

  async function poll(sub) {
    const response = await fetch(pushServiceUrl.replace(/\/$/, "") + "/poll/" + sub.id);
    if (!response.ok) {
      throw new Error("poll: " + response.status);
    }
    for (const message of (await response.json()).messages) {
      await receive(sub, b64urlToBytes(message)).catch((error) => {
        // One undecryptable message must not stop the others.
        status.textContent = "A push could not be decrypted: " + error;
      });
    }
  }

  function startPolling(sub) {
    if (polling) {
      return;
    }
    polling = true;
    const tick = () => poll(sub).catch(() => {}).finally(() => setTimeout(tick, POLL_INTERVAL_MS));
    tick();
  }

  async function subscribeDemo() {
    let sub = await loadDemoSubscription();
    if (!sub) {
      sub = await createDemoSubscription();
      await saveDemoSubscription(sub);
    }
    // Posted as PushSubscription.toJSON() would have it.
    await postSubscription({
      endpoint: sub.endpoint,
      keys: { p256dh: bytesToB64url(sub.publicRaw), auth: bytesToB64url(sub.auth) },
    });
    document.body.dataset.subscription = "demo";
    status.textContent = "Subscribed (demo push service).";
    startPolling(sub);
  }

  // --- Subscribing -------------------------------------------------------------------------

  async function subscribeReal() {
    if ((await Notification.requestPermission()) !== "granted") {
      throw new Error("Notifications are blocked in this browser.");
    }
    const subscribing = registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: b64urlToBytes(vapidKey),
    });
    // Without a fallback there is nothing better to do than wait for the browser.
    const subscription = await (pushServiceUrl
      ? withTimeout(subscribing, REAL_SUBSCRIBE_TIMEOUT_MS, "pushManager.subscribe")
      : subscribing);
    await postSubscription(subscription.toJSON());
    document.body.dataset.subscription = "browser";
    status.textContent = "Subscribed.";
  }

  async function subscribe() {
    status.textContent = "Subscribing…";
    try {
      await subscribeReal();
    } catch (error) {
      if (!pushServiceUrl) {
        throw error;
      }
      // Asked for here too: the demo path shows notifications through the same worker.
      if (Notification.permission === "default") {
        await Notification.requestPermission();
      }
      await subscribeDemo();
    }
  }

  async function start() {
    await navigator.serviceWorker.register(window.PROMO.serviceWorkerUrl);
    // `ready` resolves once the worker is active, so it can take messages from here on.
    registration = await navigator.serviceWorker.ready;
    // After a reload, keep receiving for a demo subscription made earlier.
    if (pushServiceUrl && shopper) {
      const sub = await loadDemoSubscription().catch(() => null);
      if (sub) {
        document.body.dataset.subscription = "demo";
        startPolling(sub);
      }
    }
  }

  const started = start().catch((e) => { status.textContent = "Service worker: " + e; });
  if (button) {
    button.addEventListener("click", () => {
      started.then(subscribe).catch((e) => { status.textContent = String(e); });
    });
  }
})();
