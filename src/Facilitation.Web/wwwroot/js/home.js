// The home page: translated, with the language switch.
import { lang, otherLanguageUrl, t, translatePage } from "./i18n.js";

translatePage();
document.title = t("app.name");
const switcher = document.getElementById("lang-switch");
switcher.href = otherLanguageUrl();
switcher.lang = lang === "fr" ? "en" : "fr";
