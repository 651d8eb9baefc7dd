import type { Clause } from '../../model/clause.js';

/**
 * The clauses of the Røros–Os–Holtålen agreement (final version, 18 May
 * 2016), §1 to §9, with their text as the agreement has it (line breaks of
 * the source removed; lists one item per line). A test checks every
 * paragraph against the source document.
 *
 * Source: `roros-os-holtalen-samarbeidsavtale.txt`.
 */
export const clauses: readonly Clause[] = [
  {
    ref: '§1',
    title: 'Partene i avtalen',
    text: 'Parter i denne avtalen er Røros kommune, Os kommune og Holtålen kommune. Heretter kalt samarbeidskommunene.',
  },
  {
    ref: '§2',
    notComputable: 'Bakgrunn.',
    title: 'Bakgrunn',
    text: [
      'Samarbeidskommunene har hatt et utvidet samarbeid over mange år. Det har utviklet seg et positivt samarbeidsklima mellom de tre kommunene. Dette er det ønskelig å videreutvikle. Kommunereformen og kravene til kommunene fremover gjør at det også er nødvendig å formalisere et ytterligere samarbeid på områder hvor samarbeidskommunene er sårbare og hvor det er mulig å ta ut stordriftsfordeler.',
      'Som et alternativ til kommunesammenslåing har samarbeidskommunene utarbeidet denne avtalen.',
    ].join('\n\n'),
  },
  {
    ref: '§3',
    notComputable:
      'Formål og plikt til å velge samarbeidskommunene; plikten er data (obligations).',
    title: 'Formål',
    text: [
      'Å sikre dagens inngåtte samarbeid og lage en forpliktende plan for videre samarbeidsområder. Samarbeidsområdene skal dekke kommunal tjenesteyting med støttefunksjoner.',
      'Samarbeidskommunene skal iverksette de samarbeidsordninger som er nevnt i denne avtale. På områder som ikke er nevnt i denne avtalen, og som det kan være naturlig å samarbeide på, forplikter den enkelte kommunen seg til å velge samarbeidskommunene som samarbeidspartnere. Andre samarbeidskonstellasjoner kan velges dersom det er behov for et større samarbeidsområde.',
    ].join('\n\n'),
  },
  {
    ref: '§4',
    title: 'Samarbeidsområder etter kommunelovens § 28',
    text: [
      'A. Dagens samarbeidsområder\ni. Felles barnevern\nii. Felles legevakt\niii. Felles lønningsavdeling\niv. Felles kemnerkontor (gjelder også Tolga kommune)\nv. Intermediæravdeling/Ø-hjelp\nvi. Felles IKT strategi',
      'B. Nye samarbeidsområder\ni. Felles landbrukskontor\nii. Felles regnskapskontor\niii. Felles tjeneste for funksjonshemmede\niv. Felles plan, miljø, geodata og byggesak-kontor\nv. Felles forvaltningskontor innen Omsorgtjenesten\nvi. Teknisk drift/bygg/avløp, herunder beredskap\nvii. Spesialiserte helse og omsorgsfunksjoner\nviii. Samfunnssikkerhet og beredskap\nix. Felles administrativ og faglig ledelse innen helsetjenester\nx. Felles skolekontor\nxi. Felles barnehageadministrasjon\nxii. Felles næringstjeneste\nxiii. Felles flyktningetjeneste\nAndre samarbeidsområder kan vurderes.',
      'C. Samarbeidsområder som kun omfatter Røros og Holtålen\ni. Felles NAV-kontor\nii. Felles næringsfond\niii. PP-tjenesten',
      'D. Regionale samarbeidsområder som inkluderer flere kommuner\ni. Arbeidsgiverkontrollen\nii. Brann\niii. Renovasjon (FIAS)\niv. Revisjon\nv. Sekretariat for kontrollutvalg',
    ].join('\n\n'),
  },
  {
    ref: '§5',
    title: 'Vertskommunen',
    text: [
      'Alle samarbeidsavtalene inngås etter kommunelovens § 28, 1a og 1b, vertskommunesamarbeid uten politisk nemd.',
      'Vertskommuneansvaret for de ulike samarbeidsområdene fordeles på samarbeidskommunene etter en rimelig fordeling ut fra folketall. Samarbeidskommunenes allerede eksisterende bygningsmasse skal benyttes.',
    ].join('\n\n'),
  },
  {
    ref: '§6',
    notComputable: 'Samarbeidsorganet er et sekretariat uten beslutningsregel.',
    title: 'Samarbeidsorgan',
    text: 'Det etableres et administrativt samarbeidsorgan som skal fungere som et sekretariat for samarbeidsordningene. Dette består av rådmennene, tillitsvalgte og en administrativ felles ressurs.',
  },
  {
    ref: '§7',
    notComputable: 'Krav til innhold og kvalitet; ingen regel å regne ut.',
    title: 'Innhold og kvalitet på tjenestene',
    text: [
      'Innhold og kvalitet på tjenestene skal til enhver tid tilfredsstille de lover og forskrifter som gjelder for de aktuelle tjenesteområdene.',
      'Det skal tilstrebes at tjenesteområdene har et kostnadsfokus og at mulig effektivisering gjennomføres fortløpende.',
      'Tjenesteområdene skal kontinuerlig utvikles i tråd med de krav og forventninger offentlige myndigheter og innbygger har til tjenestene.',
    ].join('\n\n'),
  },
  {
    ref: '§8',
    title: 'Økonomi',
    text: [
      'A. Budsjett og kostnadsfordeling mellom deltakerkommunene skal fremkomme av samarbeidsavtalene.',
      'B. Følgende prinsipper gjelder\ni. Kostnadsfordelingen følger antall innbyggere i den enkelte kommune\nii. Indirekte kostnader skal ikke fordeles, da vertskommuneansvaret fordeles mellom samarbeidskommunene.',
    ].join('\n\n'),
  },
  {
    ref: '§9',
    title: 'Iverksetting',
    text: [
      'Avtalen iverksettes fra 1.7.2016. De nye samarbeidsområdene utredes og iverksettes fortløpende innen 1.1.2020. Samarbeidsavtalene for de nye samarbeidsområdene skal vedtas av kommunestyrene i samarbeidskommunene.',
      'Dersom to av kommunene velger å slå seg sammen, så vil det bli forhandling med den tredje kommunen med sikte på å videreføre dagens samarbeid og etablering av de nye samarbeidsområdene mellom den nye kommunen og den tredje kommunen.',
      'Endelig versjon, 18. mai 2016.',
    ].join('\n\n'),
  },
];
