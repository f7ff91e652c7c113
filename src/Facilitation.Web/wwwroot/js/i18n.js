// Every word the pages show, in French (the default) and English. The language comes from
// ?lang=en / ?lang=fr in the URL, is kept in localStorage, and is French otherwise.

const STORAGE_KEY = "facilitation.lang";
const LANGUAGES = ["fr", "en"];

const TABLES = {
  fr: {
    "app.name": "Facilitation",
    "home.title": "Facilitation",
    "home.lead": "Le temps réel du tiers-lieu : qui est de permanence, les heures payées qui restent cette semaine, les créneaux à prendre.",
    "home.pages": "Les pages",
    "home.dashboard": "Tableau de bord de l'équipe",
    "home.dashboard.about": "Pour l'écran mural et la tablette de l'accueil : heures de la semaine, qui est en poste, créneaux ouverts.",
    "home.api": "Documentation de l'API (OpenAPI)",
    "lang.switch": "English",
    "lang.switch.label": "Switch to English",
    "dashboard.title": "Tableau de bord",
    "dashboard.loading": "Chargement…",
    "dashboard.error": "Impossible de charger la semaine. Nouvel essai dans un instant.",
    "hours.heading": "Heures payées de la semaine",
    "hours.week": "Semaine du {date}",
    "hours.budget": "Budget",
    "hours.published": "Publiées",
    "hours.claimed": "Prises",
    "hours.worked": "Travaillées",
    "hours.bar": "{worked} travaillées, {claimed} prises et {published} publiées sur un budget de {budget}",
    "now.heading": "En poste maintenant",
    "now.empty": "Personne n'est en poste en ce moment.",
    "now.until": "jusqu'à {time}",
    "next.heading": "Ensuite",
    "next.empty": "Aucun créneau pris d'ici demain soir.",
    "open.heading": "Créneaux ouverts",
    "open.empty": "Aucun créneau ouvert cette semaine.",
    "open.count": "{count} à prendre",
    "tasks.heading": "Tâches",
    "tasks.empty": "Aucune tâche ouverte.",
    "shift.range": "{start} – {end}",
    "live.connected": "connecté",
    "live.reconnecting": "reconnexion…",
    "live.connecting": "connexion…",
    "live.label": "Mises à jour en direct",
    "session.signedIn": "Connecté·e : {name}",
    "session.signOut": "Se déconnecter",
    "signin.title": "Connexion",
    "signin.site": "Choisissez le site",
    "signin.person": "Touchez votre nom",
    "signin.pin": "Tapez votre code à 4 chiffres",
    "signin.pinFor": "Code de {name}",
    "signin.pinProgress": "{count} chiffre(s) sur 4",
    "signin.back": "Retour",
    "signin.erase": "Effacer",
    "signin.changeSite": "Changer de site",
    "signin.keypad": "Clavier du code",
    "signin.sending": "Vérification…",
    "signin.failed": "La connexion a échoué. Réessayez.",
    "signin.noSites": "Aucun site n'est configuré.",
    "role.welcome": "Accueil",
    "role.community": "Lien social",
    "role.logistics": "Logistique",
    "role.cleaning": "Ménage",
    "staff.co-manager": "co-gérant·e",
    "staff.facilitator": "facilitateur·rice",
  },
  en: {
    "app.name": "Facilitation",
    "home.title": "Facilitation",
    "home.lead": "The third-place in real time: who is on shift, the paid hours left this week, the shifts to take.",
    "home.pages": "Pages",
    "home.dashboard": "Staff dashboard",
    "home.dashboard.about": "For the wall screen and the front-desk tablet: this week's hours, who is on shift, open shifts.",
    "home.api": "API documentation (OpenAPI)",
    "lang.switch": "Français",
    "lang.switch.label": "Passer en français",
    "dashboard.title": "Dashboard",
    "dashboard.loading": "Loading…",
    "dashboard.error": "Could not load the week. Trying again shortly.",
    "hours.heading": "Paid hours this week",
    "hours.week": "Week of {date}",
    "hours.budget": "Budget",
    "hours.published": "Published",
    "hours.claimed": "Claimed",
    "hours.worked": "Worked",
    "hours.bar": "{worked} worked, {claimed} claimed and {published} published of a {budget} budget",
    "now.heading": "On shift now",
    "now.empty": "Nobody is on shift right now.",
    "now.until": "until {time}",
    "next.heading": "Next",
    "next.empty": "No claimed shift until tomorrow night.",
    "open.heading": "Open shifts",
    "open.empty": "No open shift this week.",
    "open.count": "{count} to take",
    "tasks.heading": "Tasks",
    "tasks.empty": "No open task.",
    "shift.range": "{start} – {end}",
    "live.connected": "connected",
    "live.reconnecting": "reconnecting…",
    "live.connecting": "connecting…",
    "live.label": "Live updates",
    "session.signedIn": "Signed in: {name}",
    "session.signOut": "Sign out",
    "signin.title": "Sign in",
    "signin.site": "Choose the site",
    "signin.person": "Tap your name",
    "signin.pin": "Type your 4-digit PIN",
    "signin.pinFor": "PIN for {name}",
    "signin.pinProgress": "{count} of 4 digits",
    "signin.back": "Back",
    "signin.erase": "Erase",
    "signin.changeSite": "Change site",
    "signin.keypad": "PIN keypad",
    "signin.sending": "Checking…",
    "signin.failed": "Sign-in failed. Try again.",
    "signin.noSites": "No site is configured.",
    "role.welcome": "Welcome",
    "role.community": "Community",
    "role.logistics": "Logistics",
    "role.cleaning": "Cleaning",
    "staff.co-manager": "co-manager",
    "staff.facilitator": "facilitator",
  },
};

function chooseLanguage() {
  let stored = null;
  try {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (asked && LANGUAGES.includes(asked)) {
      window.localStorage.setItem(STORAGE_KEY, asked);
      return asked;
    }
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Private mode or storage disabled: French unless the URL says otherwise.
  }
  return LANGUAGES.includes(stored) ? stored : "fr";
}

/** The page's language: "fr" or "en". */
export const lang = chooseLanguage();

/** The BCP 47 locale given to Intl. */
export const locale = lang === "en" ? "en-GB" : "fr-FR";

/** The text for a key, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = TABLES[lang][key] ?? TABLES.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** "welcome" → "Accueil" (or the English word). */
export function roleName(role) {
  const key = `role.${role}`;
  return key in TABLES[lang] ? TABLES[lang][key] : String(role);
}

/** Sets <html lang>, and fills every element that has data-i18n (its text) or data-i18n-* (an attribute). */
export function translatePage(root = document) {
  document.documentElement.lang = lang;
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith("data-i18n-")) element.setAttribute(attribute.slice("data-i18n-".length), t(element.getAttribute(attribute)));
    }
  }
}

/** The URL of this page in the other language (keeps the path and the other parameters). */
export function otherLanguageUrl() {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", lang === "fr" ? "en" : "fr");
  return url.pathname + url.search + url.hash;
}
