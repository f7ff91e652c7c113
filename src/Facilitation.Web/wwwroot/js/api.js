// Calls to the product's own API: same origin, the session cookie, answers in the page's language.
import { lang } from "./i18n.js";

/**
 * Calls the API. Resolves to { ok, status, data } where data is the JSON body (an RFC 9457
 * problem on a refusal) or null; rejects only when the network fails.
 */
export async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json", "Accept-Language": lang };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
    cache: "no-store",
  });
  let data = null;
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try {
      data = await response.json();
    } catch {
      data = null;
    }
  }
  return { ok: response.ok, status: response.status, data };
}

/** The person signed in on this device ({site, person, name, role}), or null. */
export async function currentSession() {
  const answer = await api("/api/session");
  if (answer.status === 401) return null;
  if (!answer.ok) throw new Error(`GET /api/session answered ${answer.status}`);
  return answer.data;
}

/**
 * A new command id (a UUID v4). crypto.randomUUID exists only in secure contexts (https or
 * localhost); a tablet reaching the product over plain http on the local network gets one made
 * from crypto.getRandomValues, which exists everywhere.
 */
export function newCommandId() {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
