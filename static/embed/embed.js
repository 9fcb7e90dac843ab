// Social worker retention pay calculator: the script a council's own page loads
// to embed it (docs/embedding.md). Served beside the app; it only ever talks to
// the app's origin, and it changes nothing on the host page but its own frames.
//
//  - <iframe data-retention-pay src=".../?parent-origin=https://your.site#payback">
//    frames are sized to their content (the app reports its height to the origin
//    the host names in parent-origin).
//  - <retention-pay-calculator page="payback" preset="..."></retention-pay-calculator>
//    is a custom element that does all of that itself, inside a shadow root, so the
//    host's styles cannot reach it and it adds none to the host. Its colours come
//    from theme-* attributes or the host's --retention-pay-* custom properties.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var app = new URL('./', script.src);
  var PAGES = ['retention', 'agency-or-permanent', 'payback', 'check-my-package',
    'agency-or-permanent-for-me', 'workforce-strategy'];
  var THEME = ['brand', 'brand-dark', 'text', 'secondary-text', 'background', 'panel',
    'button', 'button-text', 'focus', 'focus-text', 'error', 'stripe', 'chart-1',
    'chart-2', 'chart-3', 'result-background', 'result-text', 'font'];
  /** The theme rule (docs/embedding.md, section 5; boot.js and the embed builder
   *  check the same): a colour is # and 3, 4, 6 or 8 hex digits; a font is a comma
   *  list of families, each a generic family or letters, digits, spaces and
   *  hyphens, optionally in single or double quotes; at most 200 characters. */
  function themeOk(name, v) {
    if (typeof v !== 'string' || v.length > 200) return false;
    if (name !== 'font') return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(v);
    return v.split(',').every(function (f) {
      return /^\s*(-?[A-Za-z][A-Za-z0-9-]*( +-?[A-Za-z][A-Za-z0-9-]*)*|' *[A-Za-z0-9-][A-Za-z0-9 -]*'|" *[A-Za-z0-9-][A-Za-z0-9 -]*")\s*$/.test(f) &&
        !/^\s*(inherit|initial|unset|revert|revert-layer|default)\s*$/i.test(f);
    });
  }

  /** Full width, no border, and the height the app last reported (the CSSOM, not
   *  style attributes or a <style> element: a strict style-src allows it). */
  function fit(frame, height) {
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.boxSizing = 'content-box';
    if (height) frame.style.height = height + 'px';
  }
  function fitAll() {
    var all = document.querySelectorAll('iframe[data-retention-pay]');
    for (var i = 0; i < all.length; i++) fit(all[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitAll);
  else fitAll();

  /** Every calculator frame on the page: iframes marked data-retention-pay and
   *  the elements' frames. */
  function frames() {
    var all = Array.prototype.slice.call(document.querySelectorAll('iframe[data-retention-pay]'));
    var elements = document.querySelectorAll('retention-pay-calculator');
    for (var j = 0; j < elements.length; j++) {
      var frame = elements[j].shadowRoot && elements[j].shadowRoot.querySelector('iframe');
      if (frame) all.push(frame);
    }
    return all;
  }

  /** Tells each frame which band of it is on screen (in its own pixels), so it
   *  keeps its result in view as the host page scrolls (a frame sized to its
   *  content never scrolls itself). Only to the calculator's origin; at most
   *  once a frame (animation frame). */
  var pending = false;
  function tellVisible() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      frames().forEach(function (frame) {
        if (!frame.contentWindow) return;
        var r = frame.getBoundingClientRect();
        if (!(r.height > 0)) return;
        var top = Math.min(r.height, Math.max(0, -r.top));
        var bottom = Math.max(top, Math.min(r.height, innerHeight - r.top));
        frame.contentWindow.postMessage({ type: 'retention-pay:visible', top: top, bottom: bottom }, app.origin);
      });
    });
  }
  window.addEventListener('scroll', tellVisible, { passive: true });
  window.addEventListener('resize', tellVisible);

  window.addEventListener('message', function (e) {
    if (e.origin !== app.origin || !e.data || e.data.type !== 'retention-pay:height') return;
    var height = Number(e.data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-retention-pay]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) fit(frames[i], height);
    }
    var elements = document.querySelectorAll('retention-pay-calculator');
    for (var j = 0; j < elements.length; j++) {
      var frame = elements[j].shadowRoot && elements[j].shadowRoot.querySelector('iframe');
      if (frame && frame.contentWindow === e.source) fit(frame, height);
    }
    tellVisible();
  });

  if (!window.customElements || customElements.get('retention-pay-calculator')) return;

  /** The app's address for an element: its page, preset, theme and the host's origin.
   *  A theme value comes from the element's attribute (theme-brand="#...") or else from
   *  the host's CSS custom property on the element (--retention-pay-brand: #...). */
  /** The longest attribute or theme value read from the host (characters). */
  var MAX_ATTRIBUTE = 200;

  function address(el) {
    var url = new URL(app.href);
    url.searchParams.set('parent-origin', location.origin);
    var css = getComputedStyle(el);
    THEME.forEach(function (name) {
      var v = el.getAttribute('theme-' + name) ||
        css.getPropertyValue('--retention-pay-' + name).trim();
      // Only values the app would take are passed on (the theme rule above).
      if (themeOk(name, v)) url.searchParams.set('theme-' + name, v);
    });
    if (el.hasAttribute('offline')) url.searchParams.set('offline', '1');
    // calculators="payback retention" (spaces or commas): the known slugs only.
    var shown = (el.getAttribute('calculators') || '').slice(0, MAX_ATTRIBUTE).split(/[ ,]+/)
      .filter(function (c, i, all) { return PAGES.indexOf(c) >= 0 && all.indexOf(c) === i; });
    if (shown.length) url.searchParams.set('calculators', shown.join(','));
    if (el.getAttribute('examples') === 'off') url.searchParams.set('examples', 'off');
    var page = el.getAttribute('page');
    var hash = PAGES.indexOf(page) >= 0 ? page : 'retention';
    if (shown.length && shown.indexOf(hash) < 0) hash = shown[0];
    var preset = el.getAttribute('preset');
    if (preset && /^[a-z0-9-]{1,60}$/.test(preset)) hash += '?preset=' + preset;
    url.hash = hash;
    return url.href;
  }

  function Calculator() {
    return Reflect.construct(HTMLElement, [], Calculator);
  }
  Calculator.prototype = Object.create(HTMLElement.prototype);
  Calculator.prototype.constructor = Calculator;
  Object.setPrototypeOf(Calculator, HTMLElement);
  Calculator.observedAttributes = ['page', 'preset', 'offline', 'calculators', 'examples'].concat(
    THEME.map(function (n) { return 'theme-' + n; }));
  Calculator.prototype.connectedCallback = function () {
    if (this.shadowRoot) return;
    var root = this.attachShadow({ mode: 'open' });
    var frame = document.createElement('iframe');
    frame.title = (this.getAttribute('label') || 'Social worker retention pay calculator').slice(0, MAX_ATTRIBUTE);
    frame.setAttribute('data-retention-pay', '');
    // "Copy link to these figures" inside the frame needs the host's leave.
    frame.setAttribute('allow', 'clipboard-write');
    this.style.display = 'block';
    fit(frame);
    frame.style.height = '40rem';
    frame.style.margin = '0';
    frame.style.padding = '0';
    frame.src = address(this);
    root.appendChild(frame);
  };
  Calculator.prototype.attributeChangedCallback = function () {
    var frame = this.shadowRoot && this.shadowRoot.querySelector('iframe');
    if (frame) frame.src = address(this);
  };
  customElements.define('retention-pay-calculator', Calculator);
})();
