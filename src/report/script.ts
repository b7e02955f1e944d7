/**
 * The report's script, inlined into the page. It turns each highlight's `title` into a hover card
 * (all the records under the pointer, innermost first), lights every piece of the record under
 * the pointer together with its table row, and scrolls to a record when its row is clicked.
 *
 * Two address fragments help tests and screenshots: `#selftest` hovers every highlight once and
 * writes the outcome to `body[data-selftest]` ("ok N" or "failed …"); `#show=<article id>/<record id>`
 * opens one record's card as if hovered. When the script has run without throwing it sets
 * `body[data-ready="1"]`; if it throws, `body[data-error]` holds the message.
 */
export const reportScript = `(function () {
  'use strict';
  var body = document.body;
  try {
    var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
    var quote = function (id) { return '"' + CSS.escape(id) + '"'; };
    var tip = document.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    body.appendChild(tip);

    // The cards replace the browser's own tooltips; the text stays in data-title.
    var marks = document.querySelectorAll('.text mark[data-record]');
    each(marks, function (mark) {
      var title = mark.getAttribute('title');
      if (title !== null) { mark.setAttribute('data-title', title); mark.removeAttribute('title'); }
    });

    var lit = [];
    function unlight() { lit.forEach(function (el) { el.classList.remove('active'); }); lit = []; }
    function light(article, id) {
      unlight();
      if (!article || !id) return;
      each(article.querySelectorAll('.text [data-record=' + quote(id) + '], tr[data-row=' + quote(id) + ']'), function (el) {
        el.classList.add('active');
        lit.push(el);
      });
    }
    function idsAt(mark) {
      var ids = [];
      for (var el = mark; el && !el.classList.contains('text'); el = el.parentElement) {
        var id = el.getAttribute('data-record');
        if (id && ids.indexOf(id) < 0) ids.push(id);
      }
      return ids;
    }
    function place(x, y) {
      var width = tip.offsetWidth, height = tip.offsetHeight;
      var left = Math.max(8, Math.min(x + 14, window.innerWidth - width - 8));
      var top = y + 18;
      if (top + height > window.innerHeight - 8) top = Math.max(8, y - height - 12);
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }
    function show(mark, x, y) {
      var article = mark.closest('article');
      var ids = idsAt(mark);
      tip.textContent = '';
      ids.forEach(function (id) {
        var card = article.querySelector('template[data-card=' + quote(id) + ']');
        if (card) tip.appendChild(card.content.cloneNode(true));
      });
      tip.hidden = false;
      place(x, y);
      light(article, ids[0]);
    }
    function hide() { tip.hidden = true; tip.textContent = ''; unlight(); }
    function reveal(row) {
      var article = row.closest('article');
      var id = row.getAttribute('data-row');
      light(article, id);
      var first = article.querySelector('.text [data-record=' + quote(id) + ']');
      if (!first) return;
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      each(article.querySelectorAll('.text [data-record=' + quote(id) + ']'), function (el) {
        el.classList.remove('flash');
        void el.offsetWidth;
        el.classList.add('flash');
      });
    }

    document.addEventListener('mouseover', function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      var mark = target.closest('.text mark[data-record]');
      if (mark) { show(mark, event.clientX, event.clientY); return; }
      var row = target.closest('tr[data-row]');
      if (row) { tip.hidden = true; light(row.closest('article'), row.getAttribute('data-row')); return; }
      hide();
    });
    document.addEventListener('mousemove', function (event) { if (!tip.hidden) place(event.clientX, event.clientY); });
    document.addEventListener('click', function (event) {
      var row = event.target instanceof Element ? event.target.closest('tr[data-row]') : null;
      if (row) reveal(row);
    });
    document.addEventListener('focusin', function (event) {
      var row = event.target instanceof Element ? event.target.closest('tr[data-row]') : null;
      if (row) light(row.closest('article'), row.getAttribute('data-row'));
    });
    document.addEventListener('keydown', function (event) {
      var row = event.target instanceof Element ? event.target.closest('tr[data-row]') : null;
      if (row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); reveal(row); }
      if (event.key === 'Escape') hide();
    });

    var hash = decodeURIComponent(location.hash);
    if (hash === '#selftest') {
      var failures = [];
      each(marks, function (mark) {
        var id = mark.getAttribute('data-record');
        var article = mark.closest('article');
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 20, clientY: 20 }));
        var card = tip.querySelector('.card');
        var group = article.querySelectorAll('.text [data-record=' + quote(id) + ']');
        var row = article.querySelector('tr[data-row=' + quote(id) + ']');
        var ok = !tip.hidden && card !== null && card.getAttribute('data-card-of') === id && row !== null &&
          row.classList.contains('active') && Array.prototype.every.call(group, function (el) { return el.classList.contains('active'); });
        if (!ok) failures.push(article.id + '/' + id);
      });
      hide();
      body.setAttribute('data-selftest', failures.length === 0 ? 'ok ' + marks.length : 'failed ' + failures.join(' '));
    }
    var pinned = /^#show=([^/]+)\\/(.+)$/.exec(hash);
    if (pinned) {
      var article = document.getElementById(pinned[1]);
      var mark = article && article.querySelector('.text mark[data-record=' + quote(pinned[2]) + ']');
      if (mark) { var box = mark.getBoundingClientRect(); show(mark, box.left, box.bottom); }
    }
    body.dataset.ready = '1';
  } catch (error) {
    body.setAttribute('data-error', String((error && error.message) || error));
  }
})();`;
