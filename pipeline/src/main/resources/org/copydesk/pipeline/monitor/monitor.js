// The feed monitor's page. Story text is untrusted: it only ever goes into the DOM as text
// (textContent, createTextNode), never as markup.
'use strict';

(function () {
  const FRESH_MS = 20000;
  const fresh = new Map(); // story cluster -> {until, ids}: highlighted as new copies
  const shown = new Map(); // story cluster -> the version the page last had
  let first = true;
  let timer = null;
  let jobStatus = null; // the last /api/status
  let statusFetched = 0; // when it came, by this page's clock: its age goes on from there
  let wasStale = false;

  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clusterHref(id) {
    return '/clusters/' + encodeURIComponent(id);
  }

  async function getJson(url) {
    const response = await fetch(url, {cache: 'no-store'});
    if (!response.ok) throw new Error(url + ': ' + response.status);
    return response.json();
  }

  async function refresh() {
    const q = $('q').value.trim();
    const [clusters, figures] = await Promise.all([
      getJson('/api/clusters?q=' + encodeURIComponent(q)),
      getJson('/api/figures')]);
    renderClusters(clusters, q);
    renderFigures(figures);
  }

  async function refreshStatus() {
    jobStatus = await getJson('/api/status');
    statusFetched = Date.now();
    renderStatus();
  }

  function schedule() {
    if (timer === null) timer = setTimeout(() => { timer = null; refresh().catch(report); }, 250);
  }

  function report(error) {
    $('status').textContent = 'Could not fetch the feed: ' + error.message;
  }

  function renderClusters(clusters, q) {
    const now = Date.now();
    const announcements = [];
    for (const c of clusters) {
      const before = shown.get(c.story_cluster);
      shown.set(c.story_cluster, c.version);
      if (first || before === c.version || c.new_members.length === 0) continue;
      fresh.set(c.story_cluster, {until: now + FRESH_MS, ids: c.new_members});
      announcements.push((before === undefined ? 'New story: ' : 'New copies of: ')
          + (c.headline || 'no headline'));
    }
    first = false;
    // Rebuilding the list must not lose the keyboard's place.
    const focused = document.activeElement ? document.activeElement.dataset.cluster : undefined;
    const list = $('clusters');
    list.replaceChildren(...clusters.map((c) => clusterItem(c, now)));
    if (focused !== undefined) {
      const again = [...list.querySelectorAll('a[data-cluster]')]
          .find((a) => a.dataset.cluster === focused);
      if (again) again.focus();
    }
    $('count').textContent = clusters.length === 0
        ? (q ? 'No story cluster matches “' + q + '”.' : 'No story clusters yet: waiting for the job’s output.')
        : clusters.length + (clusters.length === 1 ? ' story cluster' : ' story clusters')
            + (q ? ' matching “' + q + '”' : '') + '.';
    if (announcements.length > 0) {
      $('announce').textContent = announcements.slice(0, 3).join('. ')
          + (announcements.length > 3 ? ', and ' + (announcements.length - 3) + ' more.' : '.');
    }
  }

  function clusterItem(c, now) {
    const li = el('li');
    const highlight = fresh.get(c.story_cluster);
    const isFresh = highlight && highlight.until > now;
    if (isFresh) li.className = 'fresh';
    const h3 = el('h3');
    if (isFresh) h3.append(el('span', 'new copies', 'tag'));
    h3.append(el('span', c.headline || '(no headline)'));
    li.append(h3);
    const meta = el('p', null, 'meta');
    meta.append(el('strong', c.size + (c.size === 1 ? ' story' : ' stories')),
        document.createTextNode(' · ' + c.copy_clusters + (c.copy_clusters === 1 ? ' copy cluster' : ' copy clusters')
            + ' · sources: ' + (c.sources.length ? c.sources.join(', ') : 'unknown')));
    li.append(meta);
    const about = el('p', null, 'meta muted');
    about.append(el('code', c.story_cluster),
        document.createTextNode(' · version ' + c.version + ' · updated '
            + new Date(c.updated).toLocaleTimeString()));
    if (isFresh) about.append(document.createTextNode(' · new: ' + highlight.ids.join(', ')));
    li.append(about);
    const link = el('a', 'Divergences and disputed facts');
    link.href = clusterHref(c.story_cluster);
    link.dataset.cluster = c.story_cluster;
    link.append(el('span', ': ' + (c.headline || c.story_cluster), 'visually-hidden'));
    const more = el('p', null, 'meta');
    more.append(link);
    li.append(more);
    return li;
  }

  function renderFigures(f) {
    $('fig-clusters').textContent = f.clusters.toLocaleString();
    $('fig-stories').textContent = f.stories.toLocaleString();
    $('fig-deadletters').textContent = f.dead_letters.toLocaleString();
    $('fig-rate').textContent = f.stories_per_minute.toLocaleString();
    rows($('sources'), f.sources.map((s) => [s.source, s.members, s.duplicates,
        Math.round(s.rate * 100) + '%']), 'No stories yet.', 4);
    rows($('deadletters'), Object.entries(f.dead_letters_by_reason), 'None.', 2);
    rows($('throughput'), f.throughput.slice().reverse().map((m) =>
        [new Date(m.minute).toISOString().slice(11, 16), m.stories]), 'None.', 2);
  }

  function renderStatus() {
    if (jobStatus === null) return;
    const job = jobStatus.job;
    const line = $('job-status');
    let stale = false;
    if (jobStatus.state === 'not_given') {
      line.textContent = 'No job status: start the job with --statusFile=FILE and pass the '
          + 'same path to the monitor (--statusFile=FILE) to see its throughput, dead letters '
          + 'and latency.';
    } else if (jobStatus.state === 'missing') {
      line.textContent = 'No job status yet: there is no ' + jobStatus.file + '. Start the job '
          + 'with --statusFile=' + jobStatus.file + ' to see its throughput, dead letters and '
          + 'latency.';
    } else if (jobStatus.state === 'unreadable') {
      line.textContent = 'The job status in ' + jobStatus.file + ' cannot be read: '
          + jobStatus.problem;
    } else {
      const age = jobStatus.age_s + Math.floor((Date.now() - statusFetched) / 1000);
      const at = new Date(job.time).toLocaleTimeString();
      stale = age > jobStatus.stale_after_s;
      line.textContent = stale
          ? 'The job’s status is ' + duration(age * 1000) + ' old (of ' + at
              + '): the job has ended, or it is not reporting.'
          : 'Status of ' + at + ', from ' + jobStatus.file + '.';
      $('job-rate').textContent = job.stories_per_s.toLocaleString();
      $('job-read').textContent = job.stories_read.toLocaleString();
      $('job-deadletters').textContent = job.dead_letters.toLocaleString();
      const latency = job.latency_ms;
      $('job-latency-mean').textContent = latency ? duration(latency.mean) : 'none yet';
      $('job-latency-max').textContent = latency ? duration(latency.max) : 'none yet';
    }
    $('job-figures').hidden = !job;
    line.className = stale ? 'warning' : 'muted';
    if (stale && !wasStale) $('announce').textContent = line.textContent;
    wasStale = stale;
  }

  /** A duration for people: 850 ms, 2.3 s, 4 min 5 s, 1 h 0 min. */
  function duration(ms) {
    if (ms < 1000) return Math.round(ms) + ' ms';
    if (ms < 60000) return (Math.round(ms / 100) / 10).toLocaleString() + ' s';
    const s = Math.floor(ms / 1000);
    if (s < 3600) return Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
    return Math.floor(s / 3600).toLocaleString() + ' h ' + Math.floor((s % 3600) / 60) + ' min';
  }

  /** Table rows of cells; the first cell of a row heads it. */
  function rows(tbody, data, empty, columns) {
    if (data.length === 0) {
      const td = el('td', empty);
      td.colSpan = columns;
      tbody.replaceChildren(el('tr'));
      tbody.firstChild.append(td);
      return;
    }
    tbody.replaceChildren(...data.map((cells) => {
      const tr = el('tr');
      cells.forEach((cell, i) => {
        const node = el(i === 0 ? 'th' : 'td', cell, i === 0 ? '' : 'num');
        if (i === 0) node.scope = 'row';
        tr.append(node);
      });
      return tr;
    }));
  }

  function listen() {
    const events = new EventSource('/events');
    events.addEventListener('open', () => {
      $('status').textContent = 'Live: updates appear as the job writes them.';
      schedule();
      refreshStatus().catch(report);
    });
    events.addEventListener('change', (event) => {
      if (JSON.parse(event.data).kind === 'status') refreshStatus().catch(report);
      else schedule();
    });
    events.addEventListener('error', () => {
      $('status').textContent = 'Connection to the monitor lost; reconnecting…';
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('search').addEventListener('submit', (event) => { event.preventDefault(); refresh().catch(report); });
    let typing = null;
    $('q').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => refresh().catch(report), 300);
    });
    // Highlights fade once their time is up, without waiting for the next change.
    setInterval(() => {
      const now = Date.now();
      for (const [id, h] of fresh) if (h.until <= now) { fresh.delete(id); schedule(); }
    }, 5000);
    // The status's age goes on while the file stays as it was.
    setInterval(renderStatus, 1000);
    refresh().catch(report);
    refreshStatus().catch(report);
    listen();
  });
})();
