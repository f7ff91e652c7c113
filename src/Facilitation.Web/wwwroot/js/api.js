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
