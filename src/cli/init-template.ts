import { FILL_IN } from '../analysis/check.js';
import { LEGAL_FORMS, type LegalForm } from '../model/legal-form.js';

/** The statute each legal form rests on, as the template's `legalBasis` says it. */
const BASIS: Readonly<Record<LegalForm, string>> = {
  'interkommunalt-politisk-rad': 'kommuneloven kapittel 18',
  'kommunalt-oppgavefellesskap': 'kommuneloven kapittel 19',
  vertskommunesamarbeid: 'kommuneloven kapittel 20',
  'interkommunalt-selskap': 'lov om interkommunale selskaper (IKS-loven)',
  aksjeselskap: 'aksjeloven',
  samvirkeforetak: 'samvirkelova',
  forening: 'ulovfestet: forening',
  'avtalebasert-samarbeid': 'avtale mellom kommunene, uten egen organisasjonsform',
  'interkommunalt-styre-1992': 'kommuneloven 1992 § 27',
  'administrativt-vertskommunesamarbeid-1992': 'kommuneloven 1992 § 28-1 b',
  'vertskommunesamarbeid-med-nemnd-1992': 'kommuneloven 1992 § 28-1 c',
};

/** The forms whose first party is the host (vertskommune) rather than the office municipality. */
const HOSTED: readonly LegalForm[] = [
  'vertskommunesamarbeid',
  'administrativt-vertskommunesamarbeid-1992',
  'vertskommunesamarbeid-med-nemnd-1992',
];

/**
 * `true` for a legal form id (a value of `--form`).
 *
 * @example
 * [isLegalForm('interkommunalt-selskap'), isLegalForm('iks')]; //=> [true, false]
 */
export function isLegalForm(value: string): value is LegalForm {
  return (LEGAL_FORMS as readonly string[]).includes(value);
}

/**
 * The starting file `init` writes: a complete, valid agreement of the form,
 * with every section the model has, two placeholder parties (kommunenummer
 * 0001 and 0002), shares stated in percent and six clauses whose texts name
 * what the statutory checklist of the form looks for. Every value to replace
 * says "FYLL INN" or is a placeholder; `$comment` explains each section
 * (JSON has no comments). The file parses and is valid as it is, so that
 * each edit can be checked on its own; `check` warns of each "FYLL INN"
 * left, and of nothing else.
 *
 * @example
 * const file = initTemplate('interkommunalt-selskap', 2027);
 * [file['legalForm'], file['validFrom']]; //=> ['interkommunalt-selskap', '2027-01-01']
 * check(file).valid; //=> true
 */
export function initTemplate(form: LegalForm, year: number): Record<string, unknown> {
  const hosted = HOSTED.includes(form);
  const validFrom = `${year}-01-01`;
  const role = hosted ? 'vertskommune' : 'kontorkommune';
  return {
    $schema: 'node_modules/kommunesamarbeid/schema/agreement.json',
    $comment: [
      `Startfil fra «kommunesamarbeid init --form ${form}». Bytt ut alt som er merket ${FILL_IN}, og alle plassholdere (Kommune A og B, 0001 og 0002, tallene). Kjør «kommunesamarbeid check --agreement FIL» etter hver endring.`,
      'id: avtalens faste id (små bokstaver, sifre og bindestrek); den står i hver begrunnelse.',
      'legalForm og legalBasis: samarbeidsformen og loven den bygger på; bestemmelsen i parentes til slutt er den som sier det.',
      'validFrom, validUntil, validityClause: når avtalen gjelder, og bestemmelsen som sier det.',
      'parties: hver kommune med kommunenummer (fire sifre), folketall (påkrevd når en nøkkel er etter folketall) og dagen den ble med; roles: kontorkommune, vertskommune eller ledende-kommune.',
      'costKeys: kostnadsnøkler, hver med kind (stated-shares, population, fixed-and-population, per-inhabitant), validFrom og clause; stated-shares er andeler i prosent eller brøk som summerer til 100 % (eller 1).',
      'serviceAreas: tjenesteområder med egne deltakere (fjern listen om avtalen ikke har det).',
      'organs: organene (representantskap, styre): seter, varamedlemmer, vedtaksførhet og beslutningsregel per sakstype, hver med bestemmelsen.',
      'lifecycle: uttreden (oppsigelsesfrist i måneder), endring og oppløsning (om alle kommunestyrene må vedta), med bestemmelsene.',
      'clauses: avtalens bestemmelser ordrett: ref (f.eks. «§3»), overskrift og tekst. Hver «clause» over må vise til en av dem.',
      'interpretations: tolkningsnotater der teksten kan leses på flere måter (tom liste om ingen).',
      'regions, hostRoles og populationReferenceDate finnes også; se schema/agreement.json.',
    ],
    id: 'ny-avtale',
    title: `${FILL_IN}: avtalens tittel`,
    legalForm: form,
    legalBasis: `${BASIS[form]} (§1)`,
    validFrom,
    validityClause: '§6',
    partiesClause: '§1',
    parties: [
      {
        municipality: { number: '0001', name: 'Kommune A' },
        population: 10000,
        membership: { joined: validFrom },
        roles: [role],
      },
      {
        municipality: { number: '0002', name: 'Kommune B' },
        population: 5000,
        membership: { joined: validFrom },
      },
    ],
    costKeys: [
      {
        kind: 'stated-shares',
        validFrom,
        clause: '§3',
        shares: { '0001': '60', '0002': '40' },
      },
    ],
    serviceAreas: [
      {
        id: 'tjenesteomrade',
        name: `${FILL_IN}: tjenesteområdet`,
        clause: '§2',
        participants: ['0001', '0002'],
      },
    ],
    organs: [
      {
        id: 'representantskap',
        name: 'Representantskapet',
        clause: '§4',
        seats: { perParty: true, clause: '§4' },
        deputies: { allowed: true, clause: '§4' },
        abstention: { allowed: true },
        chair: { title: 'leder', clause: '§4' },
        quorum: {
          kind: 'fraction-present',
          fraction: { numerator: 1, denominator: 2 },
          clause: '§4',
        },
        matters: [
          {
            id: 'saker',
            name: 'Saker i representantskapet',
            rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§4' },
          },
        ],
      },
    ],
    lifecycle: {
      withdrawal: { notice: { months: 12 }, clause: '§5' },
      amendment: { clause: '§6', councilsMustAdopt: true },
      dissolution: { clause: '§6', councilsMustAdopt: true },
    },
    clauses: [
      {
        ref: '§1',
        title: 'Parter, formål og samarbeidsform',
        text: `Partene er 0001 Kommune A og 0002 Kommune B. Formålet er ${FILL_IN}. Samarbeidet bygger på ${BASIS[form]}. Avtalen er vedtatt av kommunestyret i hver deltakerkommune.`,
      },
      {
        ref: '§2',
        title: 'Oppgaver og myndighet',
        text: hosted
          ? `Kommune A er vertskommune og utfører oppgavene for Kommune B: ${FILL_IN}.`
          : `Samarbeidet har disse oppgavene og denne myndigheten: ${FILL_IN}. Kommune A er kontorkommune; hovedkontoret ligger der.`,
      },
      {
        ref: '§3',
        title: 'Økonomi og eierandeler',
        text: 'Hver deltaker gjør et innskudd og dekker kostnadene etter sin andel: Kommune A 60 %, Kommune B 40 %. Samarbeidet tar ikke opp lån.',
      },
      {
        ref: '§4',
        title: 'Representantskapet',
        text: 'Hver deltaker har ett medlem i representantskapet, med varamedlem. Representantskapet velger selv sin leder. Det er vedtaksført når minst halvparten av medlemmene er til stede. Vedtak treffes med simpelt flertall; ved stemmelikhet avgjør lederens stemme.',
      },
      {
        ref: '§5',
        title: 'Uttreden',
        text: 'En deltaker kan si opp sitt deltakerforhold med 12 måneders skriftlig varsel.',
      },
      {
        ref: '§6',
        title: 'Ikrafttredelse, endring og oppløsning',
        text: `Avtalen gjelder fra 1. januar ${year}. Endring og oppløsning krever likelydende vedtak i alle kommunestyrene.`,
      },
    ],
    interpretations: [],
  };
}
