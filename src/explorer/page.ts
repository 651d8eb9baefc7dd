/// <reference lib="dom" />
import type { Agreement } from '../model/agreement.js';
import type { Region } from '../model/region.js';
import { formatAmountNb, formatDateNb, formatPercentNb } from '../words/format.js';
import {
  admissionView,
  barChartSvg,
  bodyChoices,
  type ChangeView,
  loadView,
  type MeetingInput,
  meetingView,
  needsSharesTable,
  noticeCountedFrom,
  type ProblemLine,
  type ReasonLine,
  readingChoices,
  regionsFromText,
  seatChoices,
  splitCsvNb,
  splitView,
  withdrawalView,
} from './views.js';

/**
 * The explorer in the handbook's page (utforsk avtalen): four forms that run
 * the library in the browser — split a cost, hold a meeting, take a
 * municipality out or let one in, load an agreement file of one's own. Every
 * figure and reason comes from the views (views.ts), which call the library;
 * this module only builds the DOM and wires its events. No network, no
 * storage, no framework.
 */

type Child = Node | string | null | undefined | false;
type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** An element with its attributes and children: `h('p', { class: 'x' }, 'text')`. */
function h(tag: string, attributes: Attributes = {}, ...children: readonly Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** The largest file the page reads, as the CLI (10 MiB). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

let counter = 0;
/** A document-unique id, for `<label for>`. */
const uid = (name: string) => `ks-${name}-${++counter}`;

/** A labelled control: the label above, the control below, joined by `for`/`id`. */
function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uid('f');
  control.id = id;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  if (hintId !== undefined) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'ks-field' },
    h('label', { for: id }, label),
    control,
    hint === undefined ? null : h('small', { id: hintId }, hint),
  );
}

const input = (attributes: Attributes): HTMLInputElement =>
  h('input', attributes) as HTMLInputElement;

function select(
  options: readonly { readonly value: string; readonly text: string }[],
  attributes: Attributes = {},
): HTMLSelectElement {
  return h(
    'select',
    attributes,
    ...options.map((o) => h('option', { value: o.value }, o.text)),
  ) as HTMLSelectElement;
}

const amountNb = (amount: string | null) => (amount === null ? '–' : formatAmountNb(amount));
const percentNb = (percent: string | null) => (percent === null ? '–' : formatPercentNb(percent));

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[],
  foot?: readonly string[],
): HTMLElement {
  const cell = (tag: 'td' | 'th', text: string, i: number) =>
    h(tag, right.includes(i) ? { class: 'r' } : {}, text);
  return h(
    'div',
    { class: 'ks-scroll' },
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...head.map((t, i) => cell('th', t, i)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((t, i) => cell('td', t, i))))),
      foot === undefined
        ? null
        : h('tfoot', {}, h('tr', {}, ...foot.map((t, i) => cell('th', t, i)))),
    ),
  );
}

function reasonsList(reasons: readonly ReasonLine[]): HTMLElement {
  return h(
    'div',
    {},
    h('h4', {}, 'Begrunnelse'),
    h(
      'ul',
      { class: 'ks-reasons' },
      ...reasons.map((r) => h('li', { 'data-code': r.code }, h('b', {}, r.clause), ' ', r.text)),
    ),
  );
}

/** The problems of an input, each with its path; `alert` for what the reader asked for, not for what is still being typed. */
function problemsList(problems: readonly ProblemLine[], alert = true): HTMLElement {
  return h(
    'div',
    { class: 'ks-problems', ...(alert ? { role: 'alert' } : {}) },
    h('p', {}, problems.length === 1 ? 'Ett problem:' : `${problems.length} problemer:`),
    h(
      'ul',
      {},
      ...problems.map((p) =>
        h(
          'li',
          { 'data-code': p.code },
          p.path === '' ? '' : h('code', {}, p.path),
          p.path === '' ? '' : ': ',
          p.message,
        ),
      ),
    ),
  );
}

/** A section of the explorer: a fieldset-like region with its heading, form and live result. */
function section(
  title: string,
  id: string,
): { root: HTMLElement; form: HTMLFormElement; out: HTMLElement } {
  const form = h('form', { class: 'ks-form', novalidate: true }) as HTMLFormElement;
  const out = h('div', { class: 'ks-out', 'aria-live': 'polite', id: `${id}-resultat` });
  const headingId = `${id}-tittel`;
  const root = h(
    'section',
    { class: 'ks-part', id, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, title),
    form,
    out,
  );
  return { root, form, out };
}

/** Shows a result in `out`; the explorer then has something the reader computed (and prints it). */
const show = (out: HTMLElement, ...children: readonly Child[]) => {
  replace(out, ...children);
  out.closest('.ks-explorer')?.classList.add('ks-has-results');
};

/** Replaces what `out` shows, without counting it as the reader's (the meeting's first outcome). */
const replace = (out: HTMLElement, ...children: readonly Child[]) =>
  out.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );

function splitPart(agreement: Agreement, date: string): HTMLElement {
  const { root, form, out } = section('Fordel en kostnad', 'ks-fordel');
  const amount = input({
    name: 'amount',
    inputmode: 'decimal',
    autocomplete: 'off',
    required: true,
  });
  const day = input({ name: 'date', type: 'date', value: date, required: true });
  const areas = agreement.serviceAreas ?? [];
  const pools = agreement.costPools ?? [];
  const area =
    areas.length === 0
      ? null
      : select(
          [
            { value: '', text: '(felles nøkkel)' },
            ...areas.map((a) => ({ value: a.id, text: a.name })),
          ],
          {
            name: 'serviceArea',
          },
        );
  const pool =
    pools.length === 0
      ? null
      : select(
          [{ value: '', text: '(ingen)' }, ...pools.map((p) => ({ value: p.id, text: p.name }))],
          {
            name: 'pool',
          },
        );
  form.append(
    field('Beløp', amount, 'i kroner, f.eks. 1 000 000,50'),
    field('Dato', day),
    area === null ? '' : field('Tjenesteområde', area),
    pool === null ? '' : field('Kostnadspool', pool),
    h('button', { type: 'submit' }, 'Fordel'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const view = splitView(agreement, {
      amount: amount.value,
      date: day.value,
      ...(area === null ? {} : { serviceArea: area.value }),
      ...(pool === null ? {} : { pool: pool.value }),
    });
    if (!view.ok) return show(out, problemsList(view.problems));
    const csv = splitCsvNb(view.rows);
    const download = h(
      'a',
      {
        href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
        download: `fordeling-${agreement.id}-${view.date}.csv`,
        class: 'ks-download',
      },
      'Last ned som CSV (regneark)',
    );
    const chart = h('figure', { class: 'ks-chart' });
    // The chart is built by barChartSvg from the same rows, its text escaped there.
    chart.innerHTML = barChartSvg(view.rows);
    const within = [
      area === null || area.value === '' ? '' : `, tjenesteområde ${area.selectedOptions[0]?.text}`,
      pool === null || pool.value === '' ? '' : `, kostnadspool ${pool.selectedOptions[0]?.text}`,
    ].join('');
    show(
      out,
      h(
        'p',
        { class: 'ks-echo' },
        `Fordeling av ${amountNb(view.amount)} kr per ${formatDateNb(view.date)}${within}:`,
      ),
      table(
        ['Kommunenummer', 'Kommune', 'Andel av beløpet', 'Beløp (kr)'],
        view.rows.map((r) => [r.number, r.name, percentNb(r.percent), amountNb(r.amount)]),
        [2, 3],
        ['', 'Sum', '', amountNb(view.sum)],
      ),
      h('div', { class: 'ks-scroll' }, chart),
      download,
      reasonsList(view.reasons),
    );
  });
  return root;
}

function meetingPart(agreement: Agreement, date: string): HTMLElement {
  const { root, form, out } = section('Hold et møte', 'ks-mote');
  const bodies = bodyChoices(agreement);
  if (bodies.length === 0) {
    form.append(h('p', {}, 'Avtalen har ingen organer.'));
    return root;
  }
  const organ = select(
    bodies.map((b) => ({ value: b.id, text: `${b.name} (${b.clause})` })),
    { name: 'organ' },
  );
  const matter = select([], { name: 'matter' });
  const day = input({ name: 'date', type: 'date', value: date });
  const presiding = select([], { name: 'presiding' });
  const role = select(
    [
      { value: 'leader', text: 'leder' },
      { value: 'deputy-leader', text: 'nestleder' },
      { value: 'designee', text: 'utpekt av leder' },
      { value: 'other', text: 'annen møteleder' },
    ],
    { name: 'presidingRole' },
  );
  const seatsBox = h('div', { class: 'ks-seats' });
  const regionsText = h('textarea', {
    name: 'regions',
    rows: '3',
    spellcheck: 'false',
    placeholder: 'Nordmøre og Romsdal: 1505, 1506\nTrøndelag: 5025, 5026',
  }) as HTMLTextAreaElement;
  const regionsField = field(
    'Regioner (avtalen gir ingen regioninndeling)',
    regionsText,
    'én region per linje: navn, kolon, kommunenumrene',
  );
  regionsField.classList.add('ks-wide');
  let regions: readonly Region[] | undefined;
  const notes = readingChoices(agreement);
  const readings = notes.map((n) => ({
    note: n.note,
    control: select(
      n.readings.map((r, i) => ({
        value: r.id,
        text: `${i === 0 ? 'Kodet lesning' : 'Alternativ'}: ${r.text}`,
      })),
      { name: `reading-${n.note}`, 'data-note': n.note },
    ),
    question: n.question,
    clauses: n.clauses,
  }));
  const readingBox =
    readings.length === 0
      ? null
      : h(
          'details',
          { class: 'ks-readings' },
          h('summary', {}, `Lesninger (${readings.length} tolkningsnotater)`),
          ...readings.map((r) => field(`${r.question} (${r.clauses.join(', ')})`, r.control)),
        );
  form.append(
    field('Organ', organ),
    field('Sak', matter),
    field('Møtedato', day),
    field('Møteleder', presiding),
    field('Møteleder er', role),
    regionsField,
    seatsBox,
    readingBox ?? '',
  );
  let seatRows: {
    seat: string;
    label: string;
    attendance: HTMLSelectElement;
    vote: HTMLSelectElement;
  }[] = [];
  // The outcome is announced in one line; the details below it are not read out on every change.
  out.removeAttribute('aria-live');
  const status = h('p', { class: 'ks-status', 'aria-live': 'polite' });
  out.before(status);
  // Until the reader changes something, the outcome shown is the form's first state: not theirs to print.
  let touched = false;

  const fillMatters = () => {
    const body = bodies.find((b) => b.id === organ.value);
    matter.replaceChildren(
      ...(body?.matters ?? []).map((m) => h('option', { value: m.id }, m.name)),
    );
    matter.disabled = matter.options.length === 0;
  };
  const fillSeats = () => {
    const body = bodies.find((b) => b.id === organ.value);
    // What the reader marked is kept for the seats that are still there.
    const kept = new Map(
      seatRows.map((r) => [r.seat, { attendance: r.attendance.value, vote: r.vote.value }]),
    );
    const typed = body?.perRegion === true && agreement.regions === undefined;
    regionsField.hidden = !typed;
    seatRows = [];
    presiding.replaceChildren();
    regions = undefined;
    if (typed && regionsText.value.trim() !== '') {
      const parsed = regionsFromText(regionsText.value);
      if (!parsed.ok) {
        seatsBox.replaceChildren(problemsList(parsed.problems, false));
        return;
      }
      regions = parsed.regions;
    }
    const view = seatChoices(agreement, organ.value, day.value, regions);
    if (!view.ok) {
      seatsBox.replaceChildren(problemsList(view.problems, false));
      return;
    }
    for (const s of view.seats) presiding.append(h('option', { value: s.seat }, s.label));
    // The leader's seat, where the agreement names one, presides unless the reader chooses otherwise.
    if (body?.chairSeat !== undefined && view.seats.some((s) => s.seat === body.chairSeat)) {
      presiding.value = body.chairSeat;
    }
    const rows = view.seats.map((s) => {
      const attendance = select(
        [
          { value: 'member', text: 'medlem møter' },
          { value: 'deputy', text: 'vara møter' },
          { value: '', text: 'fraværende' },
        ],
        { name: `attendance-${s.seat}`, 'aria-label': `Oppmøte: ${s.label}`, 'data-seat': s.seat },
      );
      const vote = select(
        [
          { value: 'for', text: 'for' },
          { value: 'against', text: 'mot' },
          { value: 'abstain', text: 'avstår' },
        ],
        { name: `vote-${s.seat}`, 'aria-label': `Stemme: ${s.label}`, 'data-seat': s.seat },
      );
      const before = kept.get(s.seat);
      if (before !== undefined) {
        attendance.value = before.attendance;
        vote.value = before.vote;
      }
      seatRows.push({ seat: s.seat, label: s.label, attendance, vote });
      return h('tr', {}, h('td', {}, s.label), h('td', {}, attendance), h('td', {}, vote));
    });
    seatsBox.replaceChildren(
      h(
        'div',
        { class: 'ks-scroll' },
        h(
          'table',
          { class: 'ks-seat-table' },
          h('caption', {}, `Seter (${view.seats.length})`),
          h(
            'thead',
            {},
            h('tr', {}, h('th', {}, 'Sete'), h('th', {}, 'Oppmøte'), h('th', {}, 'Stemme')),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    );
  };
  const decideNow = () => {
    const say = touched ? show : replace;
    out.classList.toggle('ks-untouched', !touched);
    const body = bodies.find((b) => b.id === organ.value);
    if (matter.value === '') {
      status.textContent = '';
      return say(
        out,
        h(
          'p',
          {},
          `Avtalen fastsetter ingen saker med vedtaksregel for ${body?.name ?? organ.value}; det kan ikke fattes vedtak her.`,
        ),
      );
    }
    if (seatRows.length === 0) {
      status.textContent = '';
      return say(out);
    }
    const attendance: Record<string, 'member' | 'deputy'> = {};
    const ballots: Record<string, 'for' | 'against' | 'abstain'> = {};
    for (const r of seatRows) {
      const a = r.attendance.value;
      r.vote.disabled = a === '';
      if (a !== 'member' && a !== 'deputy') continue;
      attendance[r.seat] = a;
      ballots[r.seat] = r.vote.value as 'for' | 'against' | 'abstain';
    }
    const chosen: Record<string, string> = {};
    for (const r of readings) chosen[r.note] = r.control.value;
    const meeting: MeetingInput = {
      organ: organ.value,
      matter: matter.value,
      date: day.value,
      presiding: presiding.value,
      presidingRole: role.value as NonNullable<MeetingInput['presidingRole']>,
      attendance,
      ballots,
      readings: chosen,
      ...(regions === undefined ? {} : { regions }),
    };
    const view = meetingView(agreement, meeting);
    if (!view.ok) {
      status.textContent = 'Møtet kan ikke avgjøres; se problemene under.';
      return say(out, problemsList(view.problems, false));
    }
    const yes = (b: boolean) => (b ? 'ja' : 'nei');
    status.textContent = `Vedtaksført: ${yes(view.quorate)}. Vedtatt: ${yes(view.adopted)}. ${view.tally.present} av ${view.tally.seats} til stede.`;
    const votes: Readonly<Record<string, string>> = {
      for: 'for',
      against: 'mot',
      abstain: 'avstår',
    };
    const came = seatRows.filter((r) => r.attendance.value !== '');
    const away = seatRows.filter((r) => r.attendance.value === '');
    const marked = [
      `Møtte: ${came.map((r) => `${r.label} (${r.attendance.value === 'deputy' ? 'vara, ' : ''}${votes[r.vote.value] ?? r.vote.value})`).join(', ') || 'ingen'}.`,
      away.length === 0 ? '' : ` Fraværende: ${away.map((r) => r.label).join(', ')}.`,
    ].join('');
    say(
      out,
      h(
        'p',
        { class: 'ks-echo' },
        `${body?.name ?? organ.value}, ${matter.selectedOptions[0]?.text ?? matter.value}, ${formatDateNb(day.value)}; møteleder ${presiding.selectedOptions[0]?.text ?? presiding.value} (${role.selectedOptions[0]?.text ?? role.value}).`,
      ),
      h('p', { class: 'ks-marked' }, marked),
      h(
        'dl',
        { class: 'ks-outcome' },
        h('dt', {}, 'Vedtaksført'),
        h('dd', { 'data-result': 'quorate' }, yes(view.quorate)),
        h('dt', {}, 'Vedtatt'),
        h('dd', { 'data-result': 'adopted' }, yes(view.adopted)),
        h('dt', {}, 'Til stede'),
        h('dd', {}, `${view.tally.present} av ${view.tally.seats} seter`),
        h('dt', {}, 'Stemmer'),
        h(
          'dd',
          {},
          `${view.tally.for} for, ${view.tally.against} mot, ${view.tally.abstain} avstår`,
        ),
      ),
      reasonsList(view.reasons),
      view.alternatives.length === 0
        ? h('p', {}, 'Ingen annen lesning av tolkningsnotatene endrer utfallet.')
        : h(
            'div',
            {},
            h('h4', {}, 'Under andre lesninger'),
            h(
              'ul',
              { class: 'ks-alternatives' },
              ...view.alternatives.map((a) => {
                const note = notes.find((n) => n.note === a.note);
                const reading = note?.readings.find((r) => r.id === a.reading);
                return h(
                  'li',
                  {},
                  h('b', {}, note?.question ?? a.note),
                  ` Lest slik: ${reading?.text ?? a.reading} Da: vedtaksført ${yes(a.quorate)}, vedtatt ${yes(a.adopted)}.`,
                );
              }),
            ),
          ),
    );
  };
  organ.addEventListener('change', () => {
    fillMatters();
    fillSeats();
    decideNow();
  });
  day.addEventListener('change', () => {
    fillSeats();
    decideNow();
  });
  // Regions are read once the reader pauses, not on every key (a half-typed line is not a problem yet).
  let pause: ReturnType<typeof setTimeout> | undefined;
  regionsText.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => {
      fillSeats();
      decideNow();
    }, 500);
  });
  form.addEventListener('change', () => {
    touched = true;
    decideNow();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    touched = true;
    decideNow();
  });
  fillMatters();
  fillSeats();
  decideNow();
  return root;
}

function changeTable(view: ChangeView): HTMLElement {
  if (!view.ok) return problemsList(view.problems);
  return h(
    'div',
    {},
    h(
      'h4',
      {},
      `Beløpet fordelt før (${formatDateNb(view.before)}) og etter (${formatDateNb(view.after)})`,
    ),
    table(
      [
        'Kommunenummer',
        'Kommune',
        'Andel før',
        'Andel etter',
        'Før (kr)',
        'Etter (kr)',
        'Endring (kr)',
      ],
      view.rows.map((r) => [
        r.number,
        r.name,
        percentNb(r.percentBefore),
        percentNb(r.percentAfter),
        amountNb(r.amountBefore),
        amountNb(r.amountAfter),
        amountNb(r.change),
      ]),
      [2, 3, 4, 5, 6],
    ),
  );
}

const sharesTable = (rows: readonly { number: string; name: string; percent: string }[]) =>
  table(
    ['Kommunenummer', 'Kommune', 'Andel'],
    rows.map((r) => [r.number, r.name, percentNb(r.percent)]),
    [2],
  );

function withdrawalPart(agreement: Agreement, date: string): HTMLElement {
  const { root, form, out } = section('Uttreden', 'ks-uttreden');
  const party = select(
    agreement.parties.map((p) => ({
      value: p.municipality.number,
      text: `${p.municipality.number} ${p.municipality.name}`,
    })),
    { name: 'party' },
  );
  const notice = input({ name: 'notice', type: 'date', value: date });
  // The notice date the agreement counts from: the day it was sent, or received.
  const received = noticeCountedFrom(agreement) === 'received';
  const amount = input({ name: 'amount', inputmode: 'decimal', autocomplete: 'off' });
  form.append(
    field('Kommunen som trer ut', party),
    field(received ? 'Varsel mottatt' : 'Varsel sendt', notice),
    field('Beløp å fordele før og etter (valgfritt)', amount, 'i kroner, f.eks. 10 000 000'),
    h('button', { type: 'submit' }, 'Beregn uttreden'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const view = withdrawalView(agreement, {
      party: party.value,
      ...(received ? { noticeReceivedOn: notice.value } : { noticeSentOn: notice.value }),
      amount: amount.value,
    });
    if (!view.ok) return show(out, problemsList(view.problems));
    show(
      out,
      h(
        'p',
        { class: 'ks-echo' },
        `Uttreden: ${party.selectedOptions[0]?.text ?? party.value}, skriftlig varsel ${received ? 'mottatt' : 'sendt'} ${formatDateNb(notice.value)}.`,
      ),
      h(
        'dl',
        { class: 'ks-outcome' },
        h('dt', {}, 'Uttreden fra'),
        h('dd', { 'data-result': 'effective' }, formatDateNb(view.effectiveDate)),
        h('dt', {}, 'Siste finansierte dag'),
        h('dd', { 'data-result': 'last-financed' }, formatDateNb(view.lastFinancedDate)),
      ),
      h('h4', {}, `Andeler fra ${formatDateNb(view.effectiveDate)}`),
      view.sharesAfter === null
        ? h('p', {}, 'Andelene må fastsettes på nytt (se begrunnelsen).')
        : sharesTable(view.sharesAfter),
      view.change === undefined ? null : changeTable(view.change),
      reasonsList(view.reasons),
    );
  });
  return root;
}

function admissionPart(agreement: Agreement, date: string): HTMLElement {
  const { root, form, out } = section('Opptak av en ny kommune', 'ks-opptak');
  const number = input({
    name: 'number',
    inputmode: 'numeric',
    maxlength: '4',
    autocomplete: 'off',
  });
  const name = input({ name: 'name', autocomplete: 'off' });
  const population = input({ name: 'population', inputmode: 'numeric', autocomplete: 'off' });
  const day = input({ name: 'date', type: 'date', value: date });
  const amount = input({ name: 'amount', inputmode: 'decimal', autocomplete: 'off' });
  const sharesText = h('textarea', {
    name: 'statedShares',
    rows: '4',
    spellcheck: 'false',
    placeholder: '9931: 50\n9932: 25,5',
  }) as HTMLTextAreaElement;
  const sharesField = field(
    'Ny andelstabell (avtalen setter den nye andelen ved en ny tabell)',
    sharesText,
    'én kommune per linje: kommunenummer, kolon, andel i prosent eller brøk; alle deltakerne, den nye med',
  );
  sharesField.classList.add('ks-wide');
  const showShares = () => {
    sharesField.hidden = !needsSharesTable(agreement, day.value);
  };
  day.addEventListener('change', showShares);
  showShares();
  const conditions = (agreement.lifecycle?.admission?.conditions ?? []).map((c) => ({
    id: c.id,
    box: input({ type: 'checkbox', name: `condition-${c.id}`, value: c.id }),
    text: `${c.text} (${c.clause})`,
  }));
  form.append(
    field('Kommunenummer', number),
    field('Kommunenavn', name),
    field('Innbyggere', population, 'f.eks. 1 400'),
    field('Opptak fra', day),
    conditions.length === 0
      ? ''
      : h(
          'fieldset',
          { class: 'ks-conditions' },
          h('legend', {}, 'Vilkår som er oppfylt (de andre regnes som ukjente)'),
          ...conditions.map((c) => {
            const id = uid('c');
            c.box.id = id;
            return h('div', {}, c.box, ' ', h('label', { for: id }, c.text));
          }),
        ),
    sharesField,
    field('Beløp å fordele før og etter (valgfritt)', amount, 'i kroner'),
    h('button', { type: 'submit' }, 'Beregn opptak'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const view = admissionView(agreement, {
      number: number.value,
      name: name.value,
      population: population.value,
      date: day.value,
      conditionsMet: conditions.filter((c) => c.box.checked).map((c) => c.id),
      amount: amount.value,
      ...(sharesField.hidden ? {} : { statedShares: sharesText.value }),
    });
    if (!view.ok) return show(out, problemsList(view.problems));
    const status = { met: 'ja', 'not-met': 'nei', unknown: 'ukjent' } as const;
    show(
      out,
      h(
        'p',
        { class: 'ks-echo' },
        `Opptak: ${number.value.trim()} ${name.value.trim()}, ${population.value.trim()} innbyggere, fra ${formatDateNb(day.value)}.`,
      ),
      h(
        'dl',
        { class: 'ks-outcome' },
        h('dt', {}, 'Oppfyller vilkårene'),
        h('dd', { 'data-result': 'eligibility' }, status[view.eligibility]),
        h('dt', {}, 'Vedtas av'),
        h(
          'dd',
          {},
          `${view.procedure.organName}, ${view.procedure.rule} (${view.procedure.clause})`,
        ),
      ),
      view.conditions.length === 0
        ? null
        : h(
            'ul',
            {},
            ...view.conditions.map((c) =>
              h('li', {}, `${c.text} (${c.clause}): ${status[c.status]}`),
            ),
          ),
      h('h4', {}, 'Andeler etter opptaket'),
      sharesTable(view.sharesAfter),
      view.change === undefined ? null : changeTable(view.change),
      reasonsList(view.reasons),
    );
  });
  return root;
}

/** The parts that work on one agreement: split, meeting, withdrawal, admission. */
function agreementParts(agreement: Agreement, date: string): HTMLElement {
  return h(
    'div',
    { class: 'ks-parts' },
    splitPart(agreement, date),
    meetingPart(agreement, date),
    withdrawalPart(agreement, date),
    admissionPart(agreement, date),
  );
}

function loadPart(onLoad: (agreement: Agreement, name: string) => void): HTMLElement {
  const { root, form, out } = section('Last inn en egen avtalefil', 'ks-last-inn');
  const file = input({ type: 'file', accept: '.json,application/json', name: 'file' });
  const zone = h(
    'div',
    { class: 'ks-drop', tabindex: '-1' },
    'Eller slipp en JSON-fil her. Filen leses i nettleseren og sendes ikke noe sted.',
  );
  form.append(field('Avtalefil (JSON)', file), zone);
  const refuse = (picked: File, code: string, message: string) =>
    show(out, problemsList([{ path: picked.name, code, message }]));
  // Only the last file picked counts, whichever finishes reading first.
  let latest = 0;
  const read = (picked: File) => {
    const mine = ++latest;
    // Picking the same file again, after editing it, reads it again.
    file.value = '';
    // As the CLI reads a file: at most 10 MiB, and UTF-8 or nothing.
    if (picked.size > MAX_FILE_BYTES) {
      refuse(picked, 'file_too_large', 'er større enn 10 MiB; en avtalefil er langt mindre');
      return;
    }
    picked.arrayBuffer().then(
      (bytes) => {
        if (mine !== latest) return;
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          refuse(picked, 'not_utf8', 'er ikke UTF-8-tekst');
          return;
        }
        const view = loadView(text);
        if (!view.ok) {
          show(
            out,
            h('p', {}, `${picked.name} er ikke en gyldig avtale.`),
            problemsList(view.problems),
          );
          return;
        }
        const warnings = view.findings.filter((f) => f.severity !== 'info');
        show(
          out,
          h(
            'p',
            { 'data-result': 'loaded' },
            `Lastet: ${view.agreement.title} (${picked.name}). Skjemaene over regner nå på denne avtalen; resten av siden gjelder fortsatt håndbokens avtale.`,
          ),
          warnings.length === 0
            ? null
            : h(
                'div',
                {},
                h('h4', {}, 'Merknader fra kontrollen'),
                h('ul', {}, ...warnings.map((f) => h('li', {}, h('b', {}, f.clause), ' ', f.text))),
              ),
        );
        onLoad(view.agreement, picked.name);
      },
      () => refuse(picked, 'unreadable', 'kunne ikke leses'),
    );
  };
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked !== undefined) read(picked);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('ks-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('ks-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('ks-over');
    const picked = (event as DragEvent).dataTransfer?.files[0];
    if (picked !== undefined) read(picked);
  });
  return root;
}

/**
 * Mounts the explorer in `root` for `agreement`: the four parts, the forms
 * filled from the agreement (its bodies, matters, seats, parties, service
 * areas, cost pools), dates defaulting to `date`.
 */
export function mount(root: HTMLElement, agreement: Agreement, date: string): void {
  // A file dropped beside the drop zone must not make the browser leave the page (and lose what the reader did).
  for (const type of ['dragover', 'drop'] as const) {
    document.addEventListener(type, (event) => event.preventDefault());
  }
  const current = h('p', { class: 'ks-current' }, `Avtale: ${agreement.title}`);
  let parts = agreementParts(agreement, date);
  const load = loadPart((loaded) => {
    current.textContent = `Avtale: ${loaded.title} (lastet fra fil)`;
    const next = agreementParts(loaded, loaded.validFrom);
    parts.replaceWith(next);
    parts = next;
  });
  root.replaceChildren(current, parts, load);
  root.classList.add('ks-explorer');
}
