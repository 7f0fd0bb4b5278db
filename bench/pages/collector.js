/**
 * The benchmark's in-page recorder, added to every page by Playwright's addInitScript, so that it
 * runs before any script of the page, whichever renderer drew it. `npm run bench` prepends
 * `globalThis.__benchConfig = { titleNeedle, choiceText }` (the first question's title text and
 * its first choice's text). Every time is `performance.now()` or an entry's `startTime`, both
 * counted from the navigation start of this document (`performance.timeOrigin`).
 *
 * Plain JavaScript, not TypeScript: Playwright injects this file as it is, and tsx's helpers
 * (`__name`) would not exist in the page.
 */
(() => {
  const config = globalThis.__benchConfig ?? {};
  const state = {
    /** After the frame in which the first question's title was first laid out and visible. */
    firstQuestion: null,
    /** The requestAnimationFrame callback of that frame (the title was laid out then). */
    firstQuestionFrame: null,
    firstContentfulPaint: null,
    /** `timeStamp` of every pointerdown / click / keydown reaching the window (capture phase). */
    pointerDowns: [],
    clicks: [],
    keydowns: [],
    /** The first radio or checkbox an `input` or `change` event found checked. */
    accepted: null,
    /** startTime of every User Timing mark whose name ends in ':committed'. */
    commits: [],
    longTasks: [],
    /** Event Timing entries (durationThreshold 16): only events of 16 ms or more appear. */
    events: [],
  };

  const observe = (type, options, onEntry) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) onEntry(entry);
    }).observe({ type, buffered: true, ...options });
  };
  observe('longtask', {}, (entry) =>
    state.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe('mark', {}, (entry) => {
    if (entry.name.endsWith(':committed')) state.commits.push(entry.startTime);
  });
  observe('paint', {}, (entry) => {
    if (entry.name === 'first-contentful-paint') state.firstContentfulPaint = entry.startTime;
  });
  observe('event', { durationThreshold: 16 }, (entry) =>
    state.events.push({
      name: entry.name,
      start: entry.startTime,
      duration: entry.duration,
      processingStart: entry.processingStart,
      processingEnd: entry.processingEnd,
      interactionId: entry.interactionId,
    }),
  );

  const record = (list) => (event) => list.push(event.timeStamp);
  addEventListener('pointerdown', record(state.pointerDowns), true);
  addEventListener('click', record(state.clicks), true);
  addEventListener('keydown', record(state.keydowns), true);

  const labelOf = (input) => input.labels?.[0] ?? input.closest('label');
  const onInput = (event) => {
    const input = event.target;
    if (state.accepted || !(input instanceof HTMLInputElement)) return;
    if ((input.type !== 'radio' && input.type !== 'checkbox') || !input.checked) return;
    state.accepted = {
      time: performance.now(),
      event: event.type,
      name: input.name,
      value: input.value,
      label: labelOf(input)?.textContent?.trim() ?? '',
      isFirstChoice: input === firstChoiceInput(),
    };
  };
  addEventListener('input', onInput, true);
  addEventListener('change', onInput, true);

  // First question visible: watch insertions for the title text, check its layout in a frame.
  const needle = config.titleNeedle;
  let title = null;
  const candidates = new Set();
  const textHolder = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.data.includes(needle)) return text.parentElement;
    }
    return null;
  };
  const consider = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data.includes(needle) && node.parentElement) candidates.add(node.parentElement);
    } else if (node.nodeType === Node.ELEMENT_NODE && node.textContent.includes(needle)) {
      const holder = textHolder(node);
      if (holder) candidates.add(holder);
    }
  };
  const shown = (element) => {
    if (!element.isConnected || element.closest('head')) return false;
    const box = element.getBoundingClientRect();
    return (
      box.width > 1 &&
      box.height > 1 &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  let frameAsked = false;
  const onFrame = () => {
    frameAsked = false;
    for (const element of candidates) {
      if (!shown(element)) continue;
      title = element;
      state.firstQuestionFrame = performance.now();
      // A message posted in a frame callback runs after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.firstQuestion = performance.now();
      };
      channel.port2.postMessage(0);
      observer.disconnect();
      return;
    }
    askFrame();
  };
  const askFrame = () => {
    if (!frameAsked && candidates.size > 0) {
      frameAsked = true;
      requestAnimationFrame(onFrame);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const change of records) {
      if (change.type === 'characterData') consider(change.target);
      for (const node of change.addedNodes) consider(node);
    }
    askFrame();
  });
  if (needle) {
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  /**
   * The title shown now: a page may replace the element it first showed (Tự soi swaps its
   * pre-painted copy for the live form), so a title no longer in the page is looked up again.
   */
  const currentTitle = () => {
    if (title && !title.isConnected) {
      title = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text && !title; text = walker.nextNode()) {
        if (text.data.includes(needle) && text.parentElement && shown(text.parentElement)) {
          title = text.parentElement;
        }
      }
    }
    return title;
  };

  /** The first radio after the title, if its label reads the first choice. */
  const firstChoiceInput = () => {
    const heading = currentTitle();
    if (!heading) return null;
    for (const input of document.querySelectorAll('input[type="radio"]')) {
      if (!(heading.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      return labelOf(input)?.textContent?.trim() === config.choiceText ? input : null;
    }
    return null;
  };

  const request = (promise) =>
    new Promise((resolve, reject) => {
      promise.onsuccess = () => resolve(promise.result);
      promise.onerror = () => reject(promise.error);
    });

  const api = {
    state,
    /** Where to click the first choice (its label's centre), or null while it is not shown. */
    firstChoiceTarget() {
      const input = firstChoiceInput();
      const label = input && labelOf(input);
      if (!label || !shown(label)) return null;
      const box = label.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    /** Whether the first choice's input is checked now (it may have been reverted). */
    firstChoiceChecked() {
      return Boolean(firstChoiceInput()?.checked);
    },
    /** The element count once it has not changed for 5 frames (at most 2 s of waiting). */
    settledElementCount() {
      const count = () => document.getElementsByTagName('*').length;
      return new Promise((resolve) => {
        const until = performance.now() + 2000;
        let last = count();
        let still = 0;
        const check = () => {
          const now = count();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5 || performance.now() > until) resolve(now);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    /** One record of an extension IndexedDB store (no version: opens what exists). */
    async readRecord(database, store, key) {
      const db = await request(indexedDB.open(database));
      try {
        return await request(db.transaction(store).objectStore(store).get(key));
      } finally {
        db.close();
      }
    },
    /** Writes `value` under `key` (or its key path) and waits for the transaction to end. */
    async writeRecord(database, store, value, key) {
      const db = await request(indexedDB.open(database));
      try {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(value, ...(key === undefined ? [] : [key]));
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
  };
  Object.defineProperty(globalThis, '__bench', { value: api });
})();
