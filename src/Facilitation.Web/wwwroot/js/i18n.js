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
    "home.kiosk": "Borne d'accueil",
    "home.kiosk.about": "Pour la tablette posée à l'entrée : un membre demande de l'aide en trois touches, l'équipe est prévenue aussitôt.",
    "kiosk.title": "Accueil",
    "kiosk.setup.heading": "Installer la borne d'accueil",
    "kiosk.setup.explain": "Cet appareil n'est pas encore la borne d'accueil. Un·e co-gérant·e doit l'installer : connectez-vous ci-dessous, puis touchez « Installer la borne d'accueil ici ».",
    "kiosk.setup.as": "Connecté·e : {name}. Cet appareil deviendra la borne d'accueil de {site} pendant un an ; il ne servira plus qu'à transmettre les demandes des membres.",
    "kiosk.setup.install": "Installer la borne d'accueil ici",
    "kiosk.setup.cancel": "Annuler et se déconnecter",
    "kiosk.setup.coManagerOnly": "Seul·e un·e co-gérant·e installe la borne d'accueil. Vous avez été déconnecté·e.",
    "kiosk.setup.failed": "L'installation a échoué. Réessayez.",
    "kiosk.lost": "Cette borne n'est plus reconnue : un·e co-gérant·e doit la réinstaller.",
    "kiosk.step": "Étape {step} sur 3",
    "kiosk.category.heading": "De quoi avez-vous besoin ?",
    "kiosk.category.lead": "Touchez votre demande : l'équipe est prévenue tout de suite.",
    "kiosk.category.printer": "Imprimante",
    "kiosk.category.printer.sub": "Papier, bourrage, encre",
    "kiosk.category.supplies": "Fournitures",
    "kiosk.category.supplies.sub": "Café, papier, feutres…",
    "kiosk.category.cleaning": "Ménage",
    "kiosk.category.cleaning.sub": "Quelque chose à nettoyer",
    "kiosk.category.room-problem": "Problème de salle",
    "kiosk.category.room-problem.sub": "Écran, chauffage, lumière…",
    "kiosk.category.visitor-arrived": "Visiteur arrivé",
    "kiosk.category.visitor-arrived.sub": "Quelqu'un attend son hôte",
    "kiosk.category.other": "Autre",
    "kiosk.category.other.sub": "Dites-le en quelques mots",
    "kiosk.place.heading": "Où ?",
    "kiosk.place.lead": "Touchez l'endroit concerné.",
    "kiosk.send.heading": "Vérifiez et envoyez",
    "kiosk.summary.category": "Demande",
    "kiosk.summary.place": "Lieu",
    "kiosk.text.optional": "Précisions (facultatif)",
    "kiosk.text.required": "Que faut-il ? (obligatoire)",
    "kiosk.name.optional": "Votre nom (facultatif)",
    "kiosk.name.visitor": "Nom du visiteur (obligatoire)",
    "kiosk.send": "Envoyer",
    "kiosk.sending": "Envoi…",
    "kiosk.back": "Retour",
    "kiosk.restart": "Tout annuler",
    "kiosk.network": "Le réseau ne répond pas. Touchez « Envoyer » pour réessayer : la demande ne partira qu'une fois.",
    "kiosk.failed": "La demande n'est pas partie. Réessayez.",
    "kiosk.done.heading": "C'est transmis à l'équipe, merci !",
    "kiosk.done.again": "Nouvelle demande",
    "kiosk.places.error": "Impossible de charger les lieux. Nouvel essai dans un instant.",
    "kiosk.error": "Impossible de joindre le serveur. Nouvel essai dans un instant.",
    "kiosk.setup.notCoManager": "Connecté·e : {name}. Seul·e un·e co-gérant·e installe la borne d'accueil : déconnectez-vous pour qu'un·e co-gérant·e se connecte.",
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
    "tasks.count": "{count} à prendre",
    "tasks.nobodyOnShift": "Personne n'est en poste : les demandes vont aux co-gérant·es.",
    "tasks.late": "En retard",
    "tasks.justNow": "à l'instant",
    "tasks.dueBy": "à prendre avant {time}",
    "tasks.requestedBy": "Demandé par {name}",
    "tasks.heldBy": "{name} s'en occupe",
    "tasks.claim": "J'y vais",
    "tasks.complete": "Fait",
    "tasks.sending": "Envoi…",
    "tasks.network": "Pas de réponse du serveur. Touchez à nouveau le bouton pour réessayer.",
    "tasks.error": "Impossible de charger les tâches. Nouvel essai dans un instant.",
    "tasks.notice": "Pour vous : {title}, {place}.",
    "kind.welcome": "Accueil",
    "kind.logistics": "Logistique",
    "kind.cleaning": "Ménage",
    "place.entrance": "Entrée",
    "place.ground": "Rez-de-chaussée",
    "place.floor": "Étage {floor}",
    "place.desk": "Poste {desk}",
    "dashboard.kiosk": "Cet appareil est la borne d'accueil : il ne montre pas le tableau de bord.",
    "dashboard.toKiosk": "Aller à la borne d'accueil",
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
    "home.kiosk": "Front-desk kiosk",
    "home.kiosk.about": "For the tablet at the entrance: a member asks for help in three taps, and the team is told at once.",
    "kiosk.title": "Front desk",
    "kiosk.setup.heading": "Set up the front-desk kiosk",
    "kiosk.setup.explain": "This device is not the front-desk kiosk yet. A co-manager must set it up: sign in below, then tap “Set up the front-desk kiosk here”.",
    "kiosk.setup.as": "Signed in: {name}. This device becomes {site}'s front-desk kiosk for a year; it will only pass on members' requests.",
    "kiosk.setup.install": "Set up the front-desk kiosk here",
    "kiosk.setup.cancel": "Cancel and sign out",
    "kiosk.setup.coManagerOnly": "Only a co-manager sets up the front-desk kiosk. You have been signed out.",
    "kiosk.setup.failed": "Setting up failed. Try again.",
    "kiosk.lost": "This kiosk is no longer recognised: a co-manager must set it up again.",
    "kiosk.step": "Step {step} of 3",
    "kiosk.category.heading": "What do you need?",
    "kiosk.category.lead": "Tap your request: the team is told at once.",
    "kiosk.category.printer": "Printer",
    "kiosk.category.printer.sub": "Paper, jam, ink",
    "kiosk.category.supplies": "Supplies",
    "kiosk.category.supplies.sub": "Coffee, paper, markers…",
    "kiosk.category.cleaning": "Cleaning",
    "kiosk.category.cleaning.sub": "Something to clean up",
    "kiosk.category.room-problem": "Room problem",
    "kiosk.category.room-problem.sub": "Screen, heating, light…",
    "kiosk.category.visitor-arrived": "Visitor arrived",
    "kiosk.category.visitor-arrived.sub": "Someone is waiting for their host",
    "kiosk.category.other": "Other",
    "kiosk.category.other.sub": "Say it in a few words",
    "kiosk.place.heading": "Where?",
    "kiosk.place.lead": "Tap the place.",
    "kiosk.send.heading": "Check and send",
    "kiosk.summary.category": "Request",
    "kiosk.summary.place": "Place",
    "kiosk.text.optional": "Details (optional)",
    "kiosk.text.required": "What is needed? (required)",
    "kiosk.name.optional": "Your name (optional)",
    "kiosk.name.visitor": "Visitor's name (required)",
    "kiosk.send": "Send",
    "kiosk.sending": "Sending…",
    "kiosk.back": "Back",
    "kiosk.restart": "Start over",
    "kiosk.network": "The network is not answering. Tap “Send” to try again: the request will go only once.",
    "kiosk.failed": "The request did not go. Try again.",
    "kiosk.done.heading": "The team has it, thank you!",
    "kiosk.done.again": "New request",
    "kiosk.places.error": "Could not load the places. Trying again shortly.",
    "kiosk.error": "Could not reach the server. Trying again shortly.",
    "kiosk.setup.notCoManager": "Signed in: {name}. Only a co-manager sets up the front-desk kiosk: sign out so that a co-manager can sign in.",
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
    "tasks.count": "{count} to take",
    "tasks.nobodyOnShift": "Nobody is on shift: requests go to the co-managers.",
    "tasks.late": "Late",
    "tasks.justNow": "just now",
    "tasks.dueBy": "to take before {time}",
    "tasks.requestedBy": "Asked by {name}",
    "tasks.heldBy": "{name} is on it",
    "tasks.claim": "I'm on it",
    "tasks.complete": "Done",
    "tasks.sending": "Sending…",
    "tasks.network": "The server did not answer. Tap the button again to retry.",
    "tasks.error": "Could not load the tasks. Trying again shortly.",
    "tasks.notice": "For you: {title}, {place}.",
    "kind.welcome": "Welcome",
    "kind.logistics": "Logistics",
    "kind.cleaning": "Cleaning",
    "place.entrance": "Entrance",
    "place.ground": "Ground floor",
    "place.floor": "Floor {floor}",
    "place.desk": "Desk {desk}",
    "dashboard.kiosk": "This device is the front-desk kiosk: it does not show the dashboard.",
    "dashboard.toKiosk": "Go to the front-desk kiosk",
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
