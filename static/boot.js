// Runs before first paint (written into dist/ by src/bin/prerender.rs, which
// fills in the default view's link, the other views, the parts and a shared
// link's first answer). A few small jobs, none
// of them the maths:
(function () {
  var d = document.documentElement, h = location.hash.replace(/^#/, '');
  var q = new URLSearchParams(location.search);
  var framed = window.top !== window;
  var slug = h.split('?')[0] || 'retention';

  // 0. What an embed shows (docs/embedding.md, section 4): only the
  //    calculators listed (the app hides the others' tabs and opens the page
  //    asked for if listed, else the first; marked here too, for the view shown
  //    before it starts), and no built-in example schemes with examples=off.
  var shown = (q.get('calculators') || '').split(/[ ,]+/).filter(function (c, i, all) {
    return OTHER_VIEWS.concat(['retention']).indexOf(c) >= 0 && all.indexOf(c) === i;
  });
  if (shown.length) {
    d.setAttribute('data-calculators', shown.join(' '));
    if (shown.length === 1) d.classList.add('one-calculator');
    if (shown.indexOf(slug) < 0) {
      h = shown[0] + h.slice(slug.length);
      slug = shown[0];
      history.replaceState(history.state, '', '#' + h);
    }
  }
  if (q.get('examples') === 'off') d.classList.add('examples-off');

  // 1. A link with other inputs hides the prerendered default figures, so they
  //    are never shown as the visitor's own. The default view's link is known by
  //    its FNV-1a hash (the link itself is 1 KB).
  d.classList.add('js');
  for (var x = 0x811c9dc5, i = 0; i < h.length; i++) x = Math.imul(x ^ h.charCodeAt(i), 16777619) >>> 0;
  if (h !== '' && h !== 'retention' && x !== DEFAULT_HASH) d.classList.add('js-link');

  // 1b. The WebAssembly comes in parts (src/ui/parts.rs): the shell, which the
  //    page's loader fetches, and one part per calculator. The part of the
  //    calculator in the address is fetched beside the shell, not after the
  //    shell has started (the parts' own loader then finds it already here).
  var preload = function (href, rel) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    l.crossOrigin = 'anonymous';
    if (rel === 'preload') { l.as = 'fetch'; l.type = 'application/wasm'; }
    document.head.appendChild(l);
  };
  //    Without a link the prerendered view is the first result, so its CSS
  //    and the shell go first: the part's files wait until the page is parsed.
  var parts = PARTS;
  var preloadParts = function () {
    if (PARTS_SCRIPT) preload(PARTS_SCRIPT, 'modulepreload');
    if (Object.prototype.hasOwnProperty.call(parts, slug)) parts[slug].forEach(function (f) { preload(f, 'preload'); });
    //  A link naming a council (la=) or its preset (preset=) needs the
    //  council's part too, which no calculator's first view has.
    if (/[?&](la=[Ee]|preset=[a-z0-9])/.test(h) && parts['your-council']) parts['your-council'].forEach(function (f) { preload(f, 'preload'); });
    //  A link to Payback with a design B (d2.…) needs the designs' part.
    if (slug === 'payback' && /[?&]d[23]\./.test(h) && parts['scheme-designs']) parts['scheme-designs'].forEach(function (f) { preload(f, 'preload'); });
  };
  //    The shell's script is not in the page's head (src/bin/prerender.rs), so
  //    a link's answer has the bandwidth and the main thread to itself: it is
  //    fetched here with the shell's wasm, and start-HASH.js imports it.
  var shell = SHELL_WASM, shellScript = SHELL_SCRIPT;
  var preloadApp = function () {
    if (shellScript) preload(shellScript, 'modulepreload');
    if (shell) preload(shell, 'preload');
    if (d.classList.contains('js-link') || document.readyState !== 'loading') preloadParts();
    else document.addEventListener('DOMContentLoaded', preloadParts);
  };
  //    What the first result needs goes first where it is not the page itself
  //    (1c, 1d): the app's files wait until it has arrived (or failed), 3
  //    seconds at most, so a phone's bandwidth is not shared with them. The
  //    loader (start-HASH.js) waits on window.retentionPayGate too.
  var first = null;
  var when = function (fetched, then) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { then(fetched); });
    else then(fetched);
  };
  //    The gate opens a frame after the first result is painted, not in the
  //    task that puts it on the page: asking for the app's files (about 25
  //    preload links) took a phone's main thread about 200 ms at 4x CPU,
  //    which came before the paint when done there.
  var afterPaint = function (then) { requestAnimationFrame(function () { setTimeout(then, 0); }); };

  // 1c. Another calculator opened without inputs (#payback): the build wrote its
  //    default view to views/SLUG.html; it takes the retention view's place until
  //    the app starts (if it has, the app's own view is on screen and this does
  //    nothing).
  //    Offline, neither 1c nor 1d is tried: the service worker keeps the app,
  //    not these files, and a failed fetch would only log an error.
  var online = navigator.onLine !== false;
  if (OTHER_VIEWS.indexOf(h) >= 0 && window.fetch && online) {
    first = fetch('views/' + h + '.html').then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
      return new Promise(function (shown) {
        when(html, function (html) {
          var old = document.getElementById('prerendered');
          if (!html || !old || location.hash !== '#' + h) return shown();
          old.outerHTML = html;
          d.classList.remove('js-link');
          afterPaint(shown);
        });
      });
    });
  }

  // 1d. A shared link (a calculator with inputs): its answer first. A small
  //    module of the same engine (answer-SLUG-HASH.wasm, src/first_answer.rs,
  //    43 to 53 KB gzipped against the app's 240) works the calculator's
  //    sentence out from the link and shows it where the app will be, until the
  //    app shows the same. No answer (a preset or council in the link, an input
  //    with an error, the file missing): nothing is shown and the app answers.
  //    It is shown as soon as it is worked out, not when the page is parsed
  //    (the prerendered view, hidden for a link, takes a phone a while to
  //    parse), and the app's files are asked for only after it is painted.
  var answers = ANSWER_FILES, answerScript = ANSWER_SCRIPT;
  //    A link naming a council preset or a council's census figures (preset=,
  //    la=) gets none: the app applies those files first, so the module could
  //    only say so after its download.
  //    Nor does a link to the default figures (step 1 leaves the prerendered
  //    view, which is its answer, in place): its answer landed under the
  //    footer, a second copy (found by a fresh tester, 30 November 2026).
  var answerFile = d.classList.contains('js-link') && h.indexOf('?') > 0 && !/[?&](preset|la)=/.test(h) &&
    Object.prototype.hasOwnProperty.call(answers, slug) && answers[slug];
  //    What the answer's note says: that the app is coming, until the app
  //    has failed (1e).
  var answerNote = function () {
    return 'Worked out from the figures in your link.' +
      (d.classList.contains('js-failed') ? '' : ' The calculator and its working are loading.');
  };
  var showAnswer = function (sentence) {
    var app = document.getElementById('app'), loading = document.getElementById('app-loading');
    if (!sentence || !app || document.querySelector('.app-mount')) return false;
    var box = document.createElement('div');
    box.id = 'first-answer';
    box.className = 'first-answer';
    //  The calculator's title (the app's own, from the build), so the answer
    //  is not a sentence out of nowhere while the app loads.
    var titles = PAGE_TITLES;
    if (Object.prototype.hasOwnProperty.call(titles, slug)) {
      var title = document.createElement('h1');
      title.className = 'heading-xl';
      title.textContent = titles[slug];
      box.appendChild(title);
    }
    var panel = document.createElement('div');
    panel.className = 'panel';
    var p = document.createElement('p');
    p.className = 'panel__headline';
    p.setAttribute('data-testid', 'summary');
    p.textContent = sentence;
    panel.appendChild(p);
    box.appendChild(panel);
    var note = document.createElement('p');
    note.className = 'body-s';
    note.textContent = answerNote();
    box.appendChild(note);
    //  Above the could-not-be-loaded alert if the app has failed first (1e);
    //  else before the loading note if the page has been parsed that far; else
    //  at the end of #app so far, and the parser puts the rest after it.
    var failed = document.getElementById('app-failed');
    if (failed && failed.parentNode === app) app.insertBefore(box, failed);
    else if (loading && loading.parentNode === app) app.insertBefore(box, loading);
    else app.appendChild(box);
    return true;
  };
  if (answerFile && answerScript && window.Promise && online) {
    preload(answerScript, 'modulepreload');
    preload(answerFile, 'preload');
    first = import('./' + answerScript).then(function (m) {
      return m.default({ module_or_path: answerFile }).then(function () {
        var sentence = m.answer(h);
        return new Promise(function (painted) {
          var tryShow = function () {
            if (showAnswer(sentence)) afterPaint(painted);
            else painted();
          };
          if (document.getElementById('app') || document.readyState !== 'loading') tryShow();
          else document.addEventListener('DOMContentLoaded', tryShow);
        });
      });
    });
  }
  if (first) {
    window.retentionPayGate = new Promise(function (open) {
      setTimeout(open, 3000);
      first.catch(function () {}).then(open);
    });
    window.retentionPayGate.then(preloadApp);
  } else preloadApp();

  // 1e. If the app's own files cannot be fetched or started (the network
  //    dropped, a file was not copied to the host, a page's CSP without
  //    'wasm-unsafe-eval'), start-HASH.js calls this: the page says so where it
  //    said it was loading, with a button to try again, never "Loading…" for
  //    ever. A shared link's answer, if shown, stays: it is right. The figures
  //    are in the address, which a reload keeps.
  window.retentionPayFailed = function () {
    var say = function () {
      var app = document.getElementById('app');
      if (!app || document.querySelector('.app-mount') || document.getElementById('app-failed')) return;
      //  For a link, where the page said it was loading (under the answer, if
      //  one is shown), in the answer's column; else at the top, above the
      //  default figures, in the page's.
      var loading = document.getElementById('app-loading');
      var link = d.classList.contains('js-link') && loading && loading.parentNode === app;
      var box = document.createElement('div');
      box.id = 'app-failed';
      box.className = link ? 'app-failed app-failed--link' : 'app-failed';
      box.setAttribute('role', 'alert');
      var body = document.createElement('div');
      body.className = 'app-failed__body';
      var p = document.createElement('p');
      p.className = 'body';
      p.textContent = 'The calculator could not be loaded: the network or the calculator\'s server did not answer, or this browser could not run it. ' +
        (h.indexOf('?') > 0 ? 'Your figures are kept in the address; try again.' : 'Try again.');
      var again = document.createElement('button');
      again.type = 'button';
      again.className = 'button button--secondary';
      again.textContent = 'Try again';
      again.addEventListener('click', function () { location.reload(); });
      body.appendChild(p);
      body.appendChild(again);
      box.appendChild(body);
      app.insertBefore(box, link ? loading : app.firstChild);
      d.classList.add('js-failed');
      var note = document.querySelector('#first-answer .body-s');
      if (note) note.textContent = answerNote();
      var staticNote = document.querySelector('.static-note__js');
      if (staticNote) staticNote.textContent = 'This is the worked example with the default figures: they cannot be changed until the calculator has loaded.';
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', say);
    else say();
  };
  //    The loader itself (start-HASH.js, the page's module script) not fetched:
  //    nothing in it can say so, so its script element's error event does.
  document.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t.tagName === 'SCRIPT' && t.type === 'module') window.retentionPayFailed();
  }, true);

  // 2. Theming from the address (docs/embedding.md, section 5): only these
  //    properties, only colours written # and 3, 4, 6 or 8 hex digits, and
  //    fonts as a comma list of family names (each a generic family or letters,
  //    digits, spaces and hyphens, optionally in quotes), 200 characters at
  //    most. Anything else is ignored. embed.js checks the same rule, and the
  //    embed builder (src/) too. Set through the CSSOM, which a strict
  //    style-src allows.
  var THEME = ['brand', 'brand-dark', 'text', 'secondary-text', 'background', 'panel',
    'button', 'button-text', 'focus', 'focus-text', 'error', 'stripe', 'chart-1',
    'chart-2', 'chart-3', 'result-background', 'result-text', 'font'];
  var themeOk = function (name, v) {
    if (typeof v !== 'string' || v.length > 200) return false;
    if (name !== 'font') return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(v);
    return v.split(',').every(function (f) {
      return /^\s*(-?[A-Za-z][A-Za-z0-9-]*( +-?[A-Za-z][A-Za-z0-9-]*)*|' *[A-Za-z0-9-][A-Za-z0-9 -]*'|" *[A-Za-z0-9-][A-Za-z0-9 -]*")\s*$/.test(f) &&
        !/^\s*(inherit|initial|unset|revert|revert-layer|default)\s*$/i.test(f);
    });
  };
  var theme = {};
  THEME.forEach(function (name) {
    var v = q.get('theme-' + name);
    if (themeOk(name, v)) {
      theme[name] = v;
      d.style.setProperty('--' + name, v);
    }
  });
  //    The results panel takes the council's own dark colour, else its brand,
  //    when it is not given one of its own (its text stays white).
  if (!theme['result-background'] && !theme['brand-dark'] && theme.brand) d.style.setProperty('--result-background', theme.brand);
  if (framed) d.classList.add('embedded');

  // 3. In an iframe, tell the host page how tall the content is, so it can size
  //    the frame: only to the origin the host named, never to "*".
  var parent = q.get('parent-origin');
  if (framed && parent) {
    var origin = null;
    try { origin = new URL(parent).origin; } catch (e) { origin = null; }
    if (origin && origin === parent && window.ResizeObserver) {
      var last = 0;
      //    The height is the body's bottom edge in the document plus its own
      //    bottom margin: the body's height alone missed a first heading's top
      //    margin that collapsed through it (8 px with one calculator and no
      //    tabs; style.css now makes the body contain its children's margins
      //    too). Never the document's scrollHeight, which is at least the
      //    frame's own height and so could never shrink.
      var report = function () {
        var b = document.body;
        var height = Math.ceil(b.getBoundingClientRect().bottom + window.scrollY +
          (parseFloat(getComputedStyle(b).marginBottom) || 0));
        if (height !== last) {
          last = height;
          window.parent.postMessage({ type: 'retention-pay:height', height: height }, origin);
        }
      };
      document.addEventListener('DOMContentLoaded', function () {
        new ResizeObserver(report).observe(document.body);
        report();
      });
      // 3b. A frame sized to its content never scrolls itself (the host page
      //    does), so position: sticky alone would leave the result behind.
      //    embed.js tells the frame which band of it is on the host's screen
      //    (from the host's origin only); the result bar and the summary stick
      //    to that band's edges (style.css, --frame-top and --frame-bottom).
      window.addEventListener('message', function (e) {
        var m = e.data;
        if (e.origin !== origin || e.source !== window.parent || !m || m.type !== 'retention-pay:visible') return;
        var top = Number(m.top), bottom = Number(m.bottom), height = window.innerHeight;
        if (!(top >= 0 && bottom > top && bottom <= height + 1)) {
          top = 0;
          bottom = height;
        }
        d.style.setProperty('--frame-top', Math.round(top) + 'px');
        d.style.setProperty('--frame-bottom', Math.max(0, Math.round(height - bottom)) + 'px');
      });
    }
  }

  // 4. Focus is never hidden (WCAG 2.2, 2.4.11): not under the phone's result
  //    bar, nor, on a wide screen, under the results' sticky summary. style.css
  //    keeps room for them (scroll-padding below, scroll-margin above a focused
  //    element of the results column, from --result-bar-height and
  //    --sticky-height); their heights depend on their text, so they are
  //    measured as focus moves, and a focused element one still covers is
  //    scrolled clear of it. Checked again two frames later: a block above
  //    that was skipped while off screen (content-visibility in style.css)
  //    takes its real height once drawn and can push the focused element off
  //    screen after the browser scrolled to it; it is brought back.
  function keepClear(el, settled) {
    if (document.activeElement !== el || !el.getBoundingClientRect) return;
    var bar = document.querySelector('.app-mount .result-bar');
    var sticky = document.querySelector('.app-mount .calc__sticky');
    var r = el.getBoundingClientRect();
    var b = bar && !bar.contains(el) ? bar.getBoundingClientRect() : null;
    var floor = b && b.height ? b.top : innerHeight;
    if (b && b.height) {
      d.style.setProperty('--result-bar-height', Math.ceil(b.height) + 'px');
      if (r.bottom > b.top && r.top < b.bottom && r.height < b.top) return window.scrollBy(0, r.bottom - b.top + 8);
    }
    if (sticky && !sticky.contains(el) && getComputedStyle(sticky).position === 'sticky') {
      var t = sticky.getBoundingClientRect();
      d.style.setProperty('--sticky-height', Math.ceil(t.height) + 'px');
      var beside = r.right <= t.left || r.left >= t.right;
      if (!beside && r.top < t.bottom && r.bottom > t.top && r.height < innerHeight - t.bottom) return window.scrollBy(0, r.top - t.bottom - 8);
    }
    if (settled && (r.bottom <= 0 || r.top >= floor)) el.scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('focusin', function (e) {
    var el = e.target;
    keepClear(el, false);
    requestAnimationFrame(function () { requestAnimationFrame(function () { keepClear(el, true); }); });
  });

  // 4b. A link to another calculator (its tab, and links in the text) is its
  //    short #SLUG: the app moves between calculators itself, keeping every
  //    input, and a keystroke need not rewrite six long links (src/ui/nav.rs).
  //    Before such a link can be used outside the app (pressed, with any
  //    button or a finger, focused, a key pressed on it, or its menu opened:
  //    a new tab or window, a copied or dragged link), it takes the inputs the
  //    address has, which the app keeps in step with the figures. A click
  //    with Ctrl, Cmd, Shift or Alt is left to the browser (src/ui/app.rs).
  //    The link to the embed builder from a calculator also carries what a
  //    plain click would open it with, as a new tab has neither this tab's
  //    session nor its history (it opened at Retention, found by fresh
  //    testers, 30 November 2026): the builder's settings made earlier in this
  //    tab (its e. pairs, src/ui/embed_builder.rs), else the calculator it is
  //    on (e.first). A calculator's address has no e. pairs: the app writes
  //    it from the calculators' figures alone.
  var builderSettings = function (from) {
    var kept = null;
    try { kept = sessionStorage.getItem(EMBED_SETTINGS_KEY); } catch (err) {}
    return kept || 'e.first=' + from;
  };
  var withInputs = function (e) {
    var a = e.target && e.target.closest && e.target.closest('a[data-action^="nav:"]');
    if (!a) return;
    var at = location.hash.indexOf('?'), query = at > 0 ? location.hash.slice(at) : '';
    var to = a.getAttribute('data-action').slice(4), from = location.hash.replace(/^#/, '').split('?')[0] || 'retention';
    if (to === EMBED_VIEW && OTHER_VIEWS.concat(['retention']).indexOf(from) >= 0) {
      query += (query ? '&' : '?') + builderSettings(from);
    }
    a.setAttribute('href', '#' + to + query);
  };
  ['pointerdown', 'mousedown', 'focusin', 'keydown', 'contextmenu', 'dragstart'].forEach(function (type) {
    document.addEventListener(type, withInputs, true);
  });

  // 5. Offline: the standalone app keeps this release's files (sw.js), every
  //    calculator's part included. Not in someone else's page unless the host
  //    asks (?offline=1). Once the app shows its first result (the calculator's
  //    part is on the page), so the worker's downloads never compete with it.
  if ('serviceWorker' in navigator && (!framed || q.get('offline') === '1')) {
    window.addEventListener('retention-pay:shown', function () {
      navigator.serviceWorker.register('sw.js').catch(function () {});
    });
  }
})();
