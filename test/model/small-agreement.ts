/** A small valid agreement file, every optional part present, every clause reference to §1 or §2. */
export const small = () => ({
  id: 'liten',
  title: 'Liten avtale',
  legalForm: 'kommunalt-oppgavefellesskap',
  validFrom: '2025-01-01',
  validUntil: '2025-12-31',
  validityClause: '§1',
  populationReferenceDate: '2024-01-01',
  partiesClause: '§1',
  parties: [
    {
      municipality: { number: '0001', name: 'Aby' },
      population: 100,
      membership: { joined: '2025-01-01' },
    },
    {
      municipality: { number: '0002', name: 'Bby' },
      population: 50,
      membership: { joined: '2025-01-01' },
    },
  ] as Record<string, unknown>[],
  costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§2' }] as unknown[],
  regions: [
    { id: 'nord', name: 'Nord', municipalities: ['0001'] },
    { id: 'sor', name: 'Sør', municipalities: ['0002'] },
  ] as unknown[],
  organs: [
    {
      id: 'representantskap',
      name: 'Representantskapet',
      clause: '§1',
      seats: { perParty: true, clause: '§1' },
      deputies: { allowed: true, clause: '§1' },
      abstention: {
        allowed: false,
        clause: '§1',
        note: 'stemmeplikt',
        allowedByReading: { 'ma-stemme': false, 'kan-avsta': true },
      },
      quorum: {
        kind: 'fraction-present',
        fraction: { numerator: 1, denominator: 2 },
        clause: '§1',
      },
      chair: {
        title: 'leder',
        clause: '§1',
        standIn: { note: 'stemmeplikt', castingVote: { 'ma-stemme': true, 'kan-avsta': false } },
      },
      termYears: { years: 4, of: 'members', clause: '§1' },
      meetings: { description: 'To ganger i året', clause: '§1' },
      duties: [{ text: 'Budsjett', clause: '§1' }],
      matters: [
        {
          id: 'budsjett',
          name: 'Budsjett',
          rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§1' },
          reading: {
            note: 'stemmeplikt',
            rules: {
              'ma-stemme': { kind: 'consensus', clause: '§1' },
              'kan-avsta': { kind: 'consensus', clause: '§2' },
            },
          },
          candidateProtected: {
            clause: '§2',
            note: 'stemmeplikt',
            opposition: { 'ma-stemme': 'count-as-for', 'kan-avsta': 'count-as-cast' },
          },
        },
      ],
    },
  ] as Record<string, unknown>[],
  hostRoles: { clause: '§1' },
  lifecycle: {
    withdrawal: { notice: { months: 12 }, clause: '§1' },
    admission: { clause: '§1', organ: 'representantskap', matter: 'budsjett', conditions: [] },
    amendment: { clause: '§1', councilsMustAdopt: true },
    dissolution: { clause: '§1', councilsMustAdopt: true, documentsClause: '§2' },
    breach: { complaintMonths: 3, clause: '§1', terminationNeedsAllOthers: true },
    merger: { clause: '§1' },
    calendar: [
      {
        id: 'rapport',
        who: 'Styret',
        what: 'Rapport',
        due: { month: 2, day: 'last' },
        clause: '§2',
      },
    ],
  },
  clauses: [
    { ref: '§1', title: 'Partene', text: '0001 Aby og 0002 Bby.' },
    { ref: '§2', title: 'Økonomi', text: 'Etter folketall.' },
  ] as Record<string, unknown>[],
  interpretations: [
    {
      id: 'stemmeplikt',
      clauses: ['§1', '§2'],
      question: 'Må alle stemme?',
      reading: 'Ja.',
      readingId: 'ma-stemme',
      alternatives: [{ id: 'kan-avsta', reading: 'Nei.', consequence: 'Avholdende teller ikke.' }],
    },
  ] as Record<string, unknown>[],
});
