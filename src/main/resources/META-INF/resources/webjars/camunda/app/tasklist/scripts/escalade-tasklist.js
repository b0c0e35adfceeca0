/*
 * Escalade: a Tasklist that reads at a glance.
 *
 * Tasklist 7.24 offers no setting for any of this; Tasklist loads this module (config.js,
 * customScripts) before it starts, and it then:
 *
 * 1. Opens every list sorted by due date, earliest first. Tasklist keeps the sorting in the address
 *    (`#/?…&sorting=[{"sortBy":…,"sortOrder":…}]`) and, when there is none, writes its own default
 *    there (creation date, latest first) and shows it in the sort header. So an address of the task
 *    list without a sorting gets ours before Tasklist reads it: at load, on the browser's navigation
 *    (popstate/hashchange, heard before Tasklist's listeners, which are added later) and on
 *    Tasklist's own (after login). An address with a sorting is left alone, so the agent's choice
 *    in the header holds. The filters' queries hold no ordering of their own (process/TasklistFilters),
 *    otherwise theirs would come before the agent's.
 * 2. Writes the due date itself next to Tasklist's « Échéance dans 13 jours »: « Échéance le
 *    mer. 9 déc. 2026 (dans 13 jours) », in the list and in the task's header.
 * 3. Marks a task whose due date has passed « En retard » (red), and one due later today
 *    « Aujourd'hui ».
 * 4. Replaces the banner Tasklist shows when form-js refuses a form (« Une erreur s'est produite lors
 *    de l'envoi du formulaire de la tâche », with no message) by what happened, removes it once the
 *    form shows no error any more, and removes any completion error once the task is left or
 *    completed. A refusal by the server has a message (TaskInputRejection's French text): it stays
 *    as Tasklist shows it.
 *
 * 2 and 3 are redone by a MutationObserver whenever Tasklist re-renders a date (AngularJS replaces
 * elements at will, angular-moment rewrites the relative date every minute); the work is idempotent,
 * so the observer's own changes settle at once. Like Tasklist (config.js, locales) this is French
 * unless the browser's first language is English.
 */

const ENGLISH = englishFirst();

const WORDS = ENGLISH
  ? {
      on: 'on',
      overdue: 'Overdue',
      today: 'Today',
      formRefused: 'The form has fields to complete: see the messages in red.'
    }
  : {
      on: 'le',
      overdue: 'En retard',
      today: "Aujourd'hui",
      formRefused: 'Le formulaire contient des champs à compléter : voir les messages en rouge.'
    };

/** « mer. 9 déc. 2026 » (fr), « Wed, 9 Dec 2026 » (en). */
const DATE = new Intl.DateTimeFormat(ENGLISH ? 'en-GB' : 'fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric'
});

function englishFirst() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  return (languages[0] || '').toLowerCase().split('-')[0] === 'en';
}

// --- 1. sorted by due date, earliest first

export const DEFAULT_SORTING = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

/**
 * The address with our sorting when it shows the task list without one; null otherwise (another
 * page, such as #/login, or a sorting already chosen). The rest of the address is kept as it is
 * written: Tasklist decodes it without turning « + » into spaces, so it is not re-encoded.
 */
export function withDefaultSorting(href) {
  const hashAt = href.indexOf('#');
  const base = hashAt < 0 ? href : href.substring(0, hashAt);
  const hash = hashAt < 0 ? '' : href.substring(hashAt + 1);
  const queryAt = hash.indexOf('?');
  const path = queryAt < 0 ? hash : hash.substring(0, queryAt);
  const query = queryAt < 0 ? '' : hash.substring(queryAt + 1);
  if (path !== '' && path !== '/') {
    return null;
  }
  if (query.split('&').some((pair) => pair.split('=')[0] === 'sorting')) {
    return null;
  }
  const sorting = 'sorting=' + encodeURIComponent(DEFAULT_SORTING);
  return base + '#/?' + (query ? query + '&' + sorting : sorting);
}

function sortAddressByDueDate() {
  const fixed = withDefaultSorting(window.location.href);
  if (fixed) {
    window.history.replaceState(window.history.state, '', fixed);
  }
}

// --- AngularJS, once Tasklist has started

/** Calls back with Tasklist's injector once AngularJS has bootstrapped the page. */
function whenStarted(callback) {
  const timer = window.setInterval(() => {
    const angular = window.angular;
    const root = document.querySelector('.ng-scope');
    const injector = angular && root && angular.element(root).injector();
    if (injector) {
      window.clearInterval(timer);
      callback(injector);
    }
  }, 50);
}

function onStarted(injector) {
  const $rootScope = injector.get('$rootScope');
  const $location = injector.get('$location');
  const $translate = injector.get('$translate');
  const notifications = injector.get('Notifications');

  // Tasklist's own navigation (the login's redirect, a link of ours) goes through $location: a
  // change made during $locationChangeStart replaces the one under way
  $rootScope.$on('$locationChangeStart', (event, newUrl) => {
    if (withDefaultSorting(newUrl)) {
      $location.search('sorting', DEFAULT_SORTING).replace();
    }
  });

  const completeError = () => $translate.instant('COMPLETE_ERROR');
  const refusals = [];
  const add = notifications.add;
  notifications.add = function (notification) {
    // form-js's refusal reaches Tasklist as an object of field errors, without a message
    if (notification && notification.status === completeError()) {
      if (!notification.message) {
        notification.status = WORDS.formRefused;
        refusals.push(notification);
      } else {
        // the server's refusal (TaskInputRejection) is French, behind the engine's English words
        // and the task's id: « Cannot submit task form 8f2c…: Tâche « … » non terminée : … »
        notification.message = String(notification.message).replace(/^Cannot submit task form [^:]*: /, '');
      }
    }
    return add.apply(this, arguments);
  };

  const clear = (predicate) => {
    notifications.notifications.filter(predicate).forEach((notification) => notifications.clear(notification));
  };
  // a completion's error concerns the task shown: none lingers once it is completed or left
  let task = $location.search().task;
  $rootScope.$on('$locationChangeSuccess', () => {
    const shown = $location.search().task;
    if (shown !== task) {
      clear((n) => n.status === WORDS.formRefused || n.status === completeError());
      refusals.length = 0;
    }
    task = shown;
  });
  // the fields in red are completed: the banner about them has said what it had to
  new MutationObserver(() => {
    if (refusals.length && !document.querySelector('.fjs-form-field-error li')) {
      const done = refusals.splice(0);
      $rootScope.$evalAsync(() => clear((n) => done.includes(n)));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// --- 2, 3. the due date itself, overdue and today

/** The task shown by an element of Tasklist's list or header, as AngularJS's scope holds it. */
function dueOf(element) {
  const angular = window.angular;
  const scope = angular && angular.element(element).scope();
  const due = scope && scope.task && scope.task.due;
  // the REST API writes the offset as +0100, which not every browser parses: +01:00 is ISO 8601
  const date = due ? new Date(String(due).replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : null;
  return date && !isNaN(date.getTime()) ? date : null;
}

function sameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * The last day a task may be done on. Escalade's deadlines fall due at the end of their day, which
 * the engine holds as midnight starting the next one: a task due at 10 Dec 00:00 is due on the 9th.
 */
export function lastDay(due) {
  const midnight = due.getHours() === 0 && due.getMinutes() === 0 && due.getSeconds() === 0 && due.getMilliseconds() === 0;
  return midnight ? new Date(due.getTime() - 1) : due;
}

/** overdue, today (later today) or later: what the task's mark says. */
export function dueState(due, now) {
  if (due < now) {
    return 'overdue';
  }
  return sameDay(lastDay(due), now) ? 'today' : 'later';
}

/** « le mer. 9 déc. 2026 » */
export function dueOnText(due) {
  return WORDS.on + ' ' + DATE.format(lastDay(due));
}

function element(tag, className, text) {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/**
 * « [En retard] Échéance le jeu. 7 déc. 2023 (il y a 3 ans) »: the date and the parentheses are
 * spans around Tasklist's relative date, the last of them keeping the comma Tasklist's style puts
 * after a date of the list; the flag is no span (that style counts spans), first, where it is seen.
 */
function datedDueDates() {
  const now = new Date();
  for (const relative of document.querySelectorAll('.due-date [am-time-ago]')) {
    const field = relative.closest('.due-date');
    const due = dueOf(relative);
    const key = due ? due.toISOString() + ' ' + dueState(due, now) : '';
    const mine = field.querySelectorAll('.escalade-due-on, .escalade-due-close, .escalade-due-flag');
    if (field.getAttribute('data-escalade-due') === key && mine.length === (key ? 3 : 0)) {
      continue;
    }
    mine.forEach((added) => added.remove());
    field.setAttribute('data-escalade-due', key);
    if (!due) {
      continue;
    }
    relative.parentNode.insertBefore(element('span', 'escalade-due-on', dueOnText(due) + ' ('), relative);
    relative.parentNode.insertBefore(element('span', 'escalade-due-close', ')'), relative.nextSibling);
    const flag = dueState(due, now);
    const words = flag === 'overdue' ? WORDS.overdue : flag === 'today' ? WORDS.today : '';
    // in the list, the date's own line; in the task's header, the inline field's text, not the field
    relative.parentNode.insertBefore(element('strong', 'escalade-due-flag escalade-' + flag, words), relative.parentNode.firstChild);
  }
}

const STYLE = `
  .escalade-due-flag:empty { display: none; }
  .escalade-due-flag {
    display: inline-block; margin-right: 0.5em; padding: 0 0.5em; border-radius: 3px;
    font-weight: bold; font-size: 0.9em; line-height: 1.5em; color: #fff; white-space: nowrap;
  }
  .escalade-overdue { background: #b3261e; }
  .escalade-today { background: #b35c00; }
  .tasks-list .due-date:has(.escalade-overdue) { color: #b3261e; font-weight: bold; }
  /* the task's header gives its due date a quarter of its width, cut short: the whole date shows */
  [cam-tasklist-task-meta] .meta > li:has(.escalade-due-flag) { width: auto; min-width: 50%; }
  [cam-tasklist-task-meta] .due-date.view-value,
  [cam-tasklist-task-meta] .due-date .view-value { overflow: visible; text-overflow: clip; }
`;

function start() {
  sortAddressByDueDate();
  window.addEventListener('popstate', sortAddressByDueDate);
  window.addEventListener('hashchange', sortAddressByDueDate);

  const style = document.createElement('style');
  style.id = 'escalade-tasklist';
  style.textContent = STYLE;
  document.head.appendChild(style);

  let scheduled = false;
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        datedDueDates();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // a task falls due while the page stays open
  window.setInterval(datedDueDates, 60 * 1000);

  whenStarted(onStarted);
}

// once, though a test imports the module again for its functions (a second copy, by another URL)
if (!window.escaladeTasklist) {
  window.escaladeTasklist = true;
  start();
}
