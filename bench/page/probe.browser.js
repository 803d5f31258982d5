// In-page measurement probe for the page benches (bench/suites/page.ts, bench/suites/sigma.ts). Installed with
// Playwright's page.addInitScript before any page script runs; exposes window.__tgProbe. Plain browser JavaScript
// (no build step, no imports) so nothing is transformed on its way into the page.
//
// Everything is measured inside the page: input events are dispatched from requestAnimationFrame callbacks (one
// per frame, like a pointer moving at the display rate), frame times are the gaps between rAF timestamps, and
// "shown" means: the rAF callback that first sees the change, then a task after it (which runs once that frame
// was rendered). No round trips to the test driver are timed.
(() => {
  const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** Resolves with performance.now() just after the first frame in which cond() holds has been rendered. */
  function shownWhen(cond, timeoutMs = 10000) {
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const tick = () => {
        let ok = false;
        try {
          ok = !!cond();
        } catch (e) {
          reject(e);
          return;
        }
        if (ok) {
          setTimeout(() => resolve(performance.now()), 0);
          return;
        }
        if (performance.now() - start > timeoutMs) {
          reject(new Error('probe: condition not met within ' + timeoutMs + ' ms'));
          return;
        }
        requestAnimationFrame(tick);
      };
      // the change may happen synchronously (Svelte flushes in a microtask): always look in the next frame
      requestAnimationFrame(tick);
    });
  }

  /** Latest startTime of a performance mark, or -1. */
  function markTime(name) {
    const e = performance.getEntriesByName(name, 'mark');
    return e.length ? e[e.length - 1].startTime : -1;
  }

  /** Frame statistics of a list of rAF timestamps. */
  function frameStats(ts) {
    const gaps = [];
    for (let i = 1; i < ts.length; i++) gaps.push(ts[i] - ts[i - 1]);
    const sorted = [...gaps].sort((a, b) => a - b);
    const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
    const span = ts.length > 1 ? ts[ts.length - 1] - ts[0] : 0;
    return {
      frames: ts.length,
      gaps,
      durationMs: span,
      fps: span > 0 ? ((ts.length - 1) * 1000) / span : 0,
      meanFrameMs: gaps.length ? span / gaps.length : 0,
      medianFrameMs: pct(50),
      p95FrameMs: pct(95),
      maxFrameMs: sorted.length ? sorted[sorted.length - 1] : 0
    };
  }

  const mouse = (type, x, y, buttons) =>
    new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, screenX: x, screenY: y, button: 0, buttons });
  const pointer = (type, x, y, buttons) =>
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      clientX: x,
      clientY: y,
      button: type === 'pointermove' ? -1 : 0,
      buttons,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true
    });

  /**
   * Runs a gesture: `step(i, t)` is called at the start of each animation frame for `durationMs`, and the rAF
   * timestamps of those frames are recorded. Returns frame statistics.
   */
  async function gesture(durationMs, step, begin, end) {
    await raf();
    if (begin) begin();
    const ts = [];
    const t0 = performance.now();
    await new Promise((resolve) => {
      let i = 0;
      const tick = (t) => {
        ts.push(t);
        if (performance.now() - t0 >= durationMs) {
          resolve();
          return;
        }
        step(i++, performance.now() - t0);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    if (end) end();
    return frameStats(ts);
  }

  const centreOf = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };

  /** Screen point of a graph point on the Canvas view (its data-transform is "k,x,y"). */
  function canvasPoint(canvas, gx, gy) {
    const [k, x, y] = (canvas.getAttribute('data-transform') || '1,0,0').split(',').map(Number);
    const r = canvas.getBoundingClientRect();
    return { x: r.left + gx * k + x, y: r.top + gy * k + y };
  }

  // The passages of the selection, once shown (the passages panel's articles).
  const passagesShown = () =>
    document.querySelector('section[aria-label="Passages"] article[data-passage], [role="region"][aria-label="Passages"] article[data-passage]');

  /**
   * First click after load: when the page marks tg:hydrated (the earliest moment its script can take a click) and
   * window.__tgProbeArm = { firstClick: selector } was set by an init script, the element is clicked in the first
   * task the page lets run after the mark, and the time from the mark to the frame that shows the passages is kept
   * (as if the user clicked the moment the page hydrated; `lag` = how long the click waited for the main thread).
   * Marks bench:first-click:start / :end bracket the dispatch and the answer for traced loads. performance.mark
   * is wrapped to see the mark as it is made: a PerformanceObserver callback could come after the work that follows.
   */
  let firstClick = null;
  const nativeMark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    const entry = nativeMark(name, options);
    const arm = window.__tgProbeArm;
    if (name === 'tg:hydrated' && arm && arm.firstClick && !firstClick) {
      const hydrated = performance.now();
      firstClick = new Promise((resolve) => {
        setTimeout(() => {
          const el = document.querySelector(arm.firstClick);
          if (!el) return resolve({ error: 'no element ' + arm.firstClick + ' at hydration' });
          const before = passagesShown();
          nativeMark('bench:first-click:start');
          const t0 = performance.now();
          const p = centreOf(el);
          el.dispatchEvent(mouse('click', p.x, p.y, 0));
          shownWhen(() => {
            const now = passagesShown();
            return now && now !== before;
          }, 60000).then(
            (t1) => {
              nativeMark('bench:first-click:end');
              resolve({ ms: t1 - hydrated, lag: t0 - hydrated });
            },
            (e) => resolve({ error: String(e && e.message ? e.message : e) })
          );
        }, 0);
      });
    }
    return entry;
  };

  window.__tgProbe = {
    markTime,
    frameStats,
    shownWhen,

    /** Navigation timing facts of this page load. */
    navigation() {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname))
        .map((r) => ({ url: new URL(r.name).pathname, encoded: r.encodedBodySize, decoded: r.decodedBodySize, start: r.startTime, end: r.responseEnd }));
      const data = performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.graph.json'))
        .map((r) => ({ url: new URL(r.name).pathname, encoded: r.encodedBodySize, decoded: r.decodedBodySize, end: r.responseEnd }));
      return {
        fcp: fcp ? fcp.startTime : -1,
        responseStart: nav ? nav.responseStart : -1,
        responseEnd: nav ? nav.responseEnd : -1,
        domInteractive: nav ? nav.domInteractive : -1,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,
        htmlEncoded: nav ? nav.encodedBodySize : -1,
        htmlDecoded: nav ? nav.decodedBodySize : -1,
        hydrated: markTime('tg:hydrated'),
        ready: markTime('tg:ready'),
        graphDrawn: markTime('tg:graph-drawn'),
        scripts,
        data
      };
    },

    /**
     * Resolves once a performance mark exists, without polling (a PerformanceObserver): waiting must not take
     * main-thread time from the page being measured (Playwright's waitForSelector polls every frame).
     */
    waitMark(name, timeoutMs = 60000) {
      return new Promise((resolve, reject) => {
        if (markTime(name) >= 0) return resolve(markTime(name));
        const timer = setTimeout(() => {
          obs.disconnect();
          reject(new Error('probe: no mark ' + name + ' within ' + timeoutMs + ' ms'));
        }, timeoutMs);
        const obs = new PerformanceObserver(() => {
          if (markTime(name) < 0) return;
          clearTimeout(timer);
          obs.disconnect();
          resolve(markTime(name));
        });
        obs.observe({ type: 'mark', buffered: true });
      });
    },

    /** Resolves after the first frame rendered once the mark exists (for "first render" of the Canvas view). */
    async paintAfterMark(name, timeoutMs = 30000) {
      const t = await shownWhen(() => markTime(name) >= 0, timeoutMs);
      return { mark: markTime(name), shown: t };
    },

    /** Resolves after the first frame rendered once any of the marks exists: which one, its time, when shown. */
    async paintAfterAnyMark(names, timeoutMs = 30000) {
      const first = () => names.find((n) => markTime(n) >= 0);
      const t = await shownWhen(() => first() !== undefined, timeoutMs);
      const name = first();
      return { name, mark: markTime(name), shown: t };
    },

    /** The first click's { ms, lag }; rejects when no click was armed, hydration never came or the click failed. */
    async firstClick(timeoutMs = 60000) {
      await window.__tgProbe.waitMark('tg:hydrated', timeoutMs);
      if (!firstClick) throw new Error('probe: no first click was armed (window.__tgProbeArm)');
      const r = await firstClick;
      if (r.error) throw new Error('probe: first click: ' + r.error);
      return r;
    },

    /** Click on the element (its centre, or an explicit point) and time until the passages list is shown. */
    async clickToPassages(selector, point) {
      const el = document.querySelector(selector);
      if (!el) throw new Error('probe: no element ' + selector);
      const p = point || centreOf(el);
      const region = passagesShown;
      const before = region();
      const t0 = performance.now();
      el.dispatchEvent(mouse('click', p.x, p.y, 0));
      const t1 = await shownWhen(() => {
        const now = region();
        return now && now !== before;
      });
      return t1 - t0;
    },

    /** Click at a graph point of the Canvas view. */
    async clickCanvasToPassages(gx, gy) {
      const canvas = document.querySelector('canvas[data-transform]');
      if (!canvas) throw new Error('probe: no Canvas view');
      const p = canvasPoint(canvas, gx, gy);
      return window.__tgProbe.clickToPassages('canvas[data-transform]', p);
    },

    /** Clears the selection by pressing Escape (the page's own shortcut). */
    async escape() {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await raf();
      await afterFrame();
    },

    /** Toggles a checkbox and times until the graph was redrawn (the renderers mark tg:graph-drawn). */
    async filterToggle(selector) {
      const box = document.querySelector(selector);
      if (!box) throw new Error('probe: no checkbox ' + selector);
      const before = markTime('tg:graph-drawn');
      const t0 = performance.now();
      box.click();
      const t1 = await shownWhen(() => markTime('tg:graph-drawn') > Math.max(before, t0 - 0.001));
      return t1 - t0;
    },

    /** Waits until no tg:graph-drawn mark appeared for `quietMs` (relayout tweens finished). */
    async quiet(quietMs = 400, timeoutMs = 20000) {
      const start = performance.now();
      let last = markTime('tg:graph-drawn');
      let since = performance.now();
      while (performance.now() - start < timeoutMs) {
        await new Promise((r) => setTimeout(r, 50));
        const m = markTime('tg:graph-drawn');
        if (m !== last) {
          last = m;
          since = performance.now();
        } else if (performance.now() - since >= quietMs) return performance.now() - start;
      }
      return performance.now() - start;
    },

    /** Drags an SVG node (d3-drag on the node) in a circle for durationMs. */
    async dragSvgNode(selector, durationMs, radius = 60) {
      const el = document.querySelector(selector);
      if (!el) throw new Error('probe: no node ' + selector);
      const c = centreOf(el);
      const at = (i) => ({ x: c.x + radius * Math.sin(i / 9), y: c.y + radius * (1 - Math.cos(i / 9)) });
      return gesture(
        durationMs,
        (i) => {
          const p = at(i + 1);
          document.dispatchEvent(mouse('mousemove', p.x, p.y, 1));
        },
        () => el.dispatchEvent(mouse('mousedown', c.x, c.y, 1)),
        () => {
          const p = at(0);
          document.dispatchEvent(mouse('mouseup', p.x, p.y, 0));
        }
      );
    },

    /** Drags a node of the Canvas view (graph point gx, gy) in a circle and puts it back where it was. */
    async dragCanvasNode(gx, gy, durationMs, radius = 60) {
      const canvas = document.querySelector('canvas[data-transform]');
      const c = canvasPoint(canvas, gx, gy);
      const at = (i) => ({ x: c.x + radius * Math.sin(i / 9), y: c.y + radius * (1 - Math.cos(i / 9)) });
      return gesture(
        durationMs,
        (i) => {
          const p = at(i + 1);
          document.dispatchEvent(mouse('mousemove', p.x, p.y, 1));
        },
        () => canvas.dispatchEvent(mouse('mousedown', c.x, c.y, 1)),
        () => {
          // back to the start before letting go: the node stays pinned where it was, so the next drag finds it
          document.dispatchEvent(mouse('mousemove', c.x, c.y, 1));
          document.dispatchEvent(mouse('mouseup', c.x, c.y, 0));
        }
      );
    },

    /**
     * Pans by dragging the background of the graph surface (`selector`: the element d3-zoom listens on, or a
     * child of it) starting at offset (ox, oy) inside it, moving in a figure of eight.
     */
    async pan(selector, durationMs, ox = 12, oy = 12, radius = 140) {
      const el = document.querySelector(selector);
      if (!el) throw new Error('probe: no surface ' + selector);
      const r = el.getBoundingClientRect();
      const s = { x: r.left + ox, y: r.top + oy };
      const at = (i) => ({ x: s.x + radius * Math.sin(i / 20), y: s.y + radius * 0.5 * Math.sin(i / 10) });
      let last = s;
      return gesture(
        durationMs,
        (i) => {
          last = at(i + 1);
          document.dispatchEvent(mouse('mousemove', last.x, last.y, 1));
        },
        () => el.dispatchEvent(mouse('mousedown', s.x, s.y, 1)),
        () => document.dispatchEvent(mouse('mouseup', last.x, last.y, 0))
      );
    },

    /** Zooms with the wheel at the centre of the surface: in for half the time, out for the other half. */
    async wheelZoom(selector, durationMs, delta = 40) {
      const el = document.querySelector(selector);
      if (!el) throw new Error('probe: no surface ' + selector);
      const c = centreOf(el);
      return gesture(durationMs, (i, t) => {
        const dy = t < durationMs / 2 ? -delta : delta;
        el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: c.x, clientY: c.y, deltaY: dy, deltaMode: 0 }));
      });
    },

    /**
     * Hovers the Canvas view: the pointer travels from node to node (graph points), resting on each for two frames
     * and passing between them for two, so the highlighted neighbourhood changes about every other frame.
     */
    async hoverCanvas(points, durationMs) {
      const canvas = document.querySelector('canvas[data-transform]');
      if (!canvas) throw new Error('probe: no Canvas view');
      const scr = points.map(([gx, gy]) => canvasPoint(canvas, gx, gy));
      return gesture(durationMs, (i) => {
        const a = scr[Math.floor(i / 4) % scr.length];
        const b = scr[(Math.floor(i / 4) + 1) % scr.length];
        const u = i % 4 < 2 ? 0 : (i % 4) / 4;
        const x = a.x + (b.x - a.x) * u;
        const y = a.y + (b.y - a.y) * u;
        canvas.dispatchEvent(pointer('pointermove', x, y, 0));
      });
    },

    gesture
  };
})();
