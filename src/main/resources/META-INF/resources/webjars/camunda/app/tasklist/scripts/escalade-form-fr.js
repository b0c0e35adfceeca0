/*
 * Escalade: form validation messages (and an empty select's placeholder) in French.
 *
 * Tasklist renders task forms with form-js 1.8.7 (bundled in lib/deps.js), which writes its
 * validation messages in English and offers no way to translate them. Tasklist loads this module
 * (config.js, customScripts) before it starts; from then on, each message form-js shows in a
 * field's error list (.fjs-form-field-error li) is rewritten through the table below as soon as it
 * appears or changes. form-js keeps the text node it wrote and only touches it again when its
 * message changes, so a French text stays until the next English one replaces it.
 *
 * Like Tasklist itself (config.js, locales), the forms stay in English when the browser's first
 * language is English, and are French for every other browser.
 */

/** [form-js's English message, its French wording]; the groups are the field's limits. */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Au moins ${number(n)} caractères.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Au plus ${number(n)} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, (v) => `La valeur doit être au moins ${number(v)}.`],
  [/^Field must have maximum value of (.+)\.$/, (v) => `La valeur doit être au plus ${number(v)}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `La valeur ne respecte pas le format attendu (${p}).`],
  [/^Field must be a valid +international phone number\./,
    () => 'Numéro de téléphone au format international attendu (par exemple +33 1 23 45 67 89).'],
  [/^Field must be a valid email\.$/, () => 'Adresse e-mail non valide.']
];

/** 2000 → « 2 000 », as a French reader writes it; anything else as it is. */
function number(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text).toLocaleString('fr-FR') : text;
}

/** The French wording of one of form-js's messages, or the text itself when it is not one. */
export function translate(text) {
  const trimmed = text.trim();
  for (const [english, french] of MESSAGES) {
    const match = english.exec(trimmed);
    if (match) {
      return french(...match.slice(1));
    }
  }
  return text;
}

function englishFirst() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  return (languages[0] || '').toLowerCase().split('-')[0] === 'en';
}

/** form-js's placeholder of a select with nothing chosen yet. */
const SELECT_PLACEHOLDER = ['Select', 'Choisir…'];

function frenchErrors() {
  // the text node form-js wrote is kept (its data rewritten, not the node replaced), so that form-js
  // puts the chosen option's label in it and nothing of the placeholder stays beside it
  for (const empty of document.querySelectorAll('.fjs-select-placeholder')) {
    for (const node of empty.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data === SELECT_PLACEHOLDER[0]) {
        node.data = SELECT_PLACEHOLDER[1];
      }
    }
  }
  for (const item of document.querySelectorAll('.fjs-form-field-error li')) {
    for (const node of item.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const french = translate(node.data);
        // a French text is left alone, so that rewriting never triggers itself
        if (french !== node.data) {
          node.data = french;
        }
      }
    }
  }
}

if (!englishFirst()) {
  new MutationObserver(frenchErrors).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true
  });
  frenchErrors();
}
