/** Dutch source data for the demo network of "Gemeente Voorbeeldstad". */

export const DEMO_TOPICS: readonly string[] = [
	...['ondermijning', 'vastgoed', 'horeca', 'Bibob', 'vergunningen', 'huisvesting', 'zorg'],
	...['subsidies', 'witwassen', 'drugs', 'mensenhandel', 'handhaving', 'burgerzaken'],
	...['belastingen', 'jeugd', 'prostitutie', 'arbeidsuitbuiting']
];

export interface NamedDepartment {
	key: string;
	name: string;
	description: string;
	color: string;
	/** Relative headcount; drives the uneven spread of employees. */
	weight: number;
	topics: readonly string[];
	titles: readonly string[];
}

// Colours come from the Okabe–Ito and Paul Tol palettes, which stay distinguishable for the
// common forms of colour blindness. The order of this list matters: generate.ts relies on the
// special departments being among these twelve.
export const NAMED_DEPARTMENTS: readonly NamedDepartment[] = [
	{
		key: 'veiligheid-handhaving',
		name: 'Veiligheid & Handhaving',
		description: 'Houdt toezicht in de openbare ruimte en coördineert de aanpak van ondermijning.',
		color: '#0072b2',
		weight: 36,
		topics: ['ondermijning', 'handhaving', 'drugs', 'horeca', 'prostitutie', 'mensenhandel'],
		titles: [
			'Boa openbare ruimte',
			'Toezichthouder',
			'Adviseur openbare orde en veiligheid',
			'Informatieknooppunt ondermijning',
			'Teamleider handhaving',
			'Projectleider ondermijning'
		]
	},
	{
		key: 'vastgoed',
		name: 'Vastgoed',
		description: 'Beheert, verhuurt en verkoopt het gemeentelijk vastgoed.',
		color: '#e69f00',
		weight: 18,
		topics: ['vastgoed', 'witwassen', 'Bibob'],
		titles: ['Vastgoedadviseur', 'Accountmanager vastgoed', 'Taxateur', 'Beheerder vastgoed']
	},
	{
		key: 'stedelijke-ontwikkeling',
		name: 'Stedelijke ontwikkeling',
		description: 'Maakt plannen voor de groei en herinrichting van wijken en bedrijventerreinen.',
		color: '#009e73',
		weight: 26,
		topics: ['vastgoed', 'huisvesting', 'vergunningen'],
		titles: ['Stedenbouwkundige', 'Planeconoom', 'Projectmanager gebiedsontwikkeling', 'Jurist RO']
	},
	{
		key: 'publieksplein',
		name: 'Publieksplein',
		description: 'Is het eerste aanspreekpunt voor inwoners aan de balie, telefoon en chat.',
		color: '#cc79a7',
		weight: 34,
		topics: ['burgerzaken', 'huisvesting'],
		titles: [
			'Klantcontactmedewerker',
			'Medewerker burgerzaken',
			'Adresonderzoeker',
			'Teamleider KCC'
		]
	},
	{
		key: 'vergunningen',
		name: 'Vergunningen',
		description: 'Verleent vergunningen voor bouwen, evenementen, horeca en exploitatie.',
		color: '#56b4e9',
		weight: 24,
		topics: ['vergunningen', 'horeca', 'Bibob', 'prostitutie'],
		titles: ['Vergunningverlener', 'Bibob-adviseur', 'Medewerker evenementen', 'Casemanager']
	},
	{
		key: 'belastingen',
		name: 'Belastingen',
		description: 'Heft en int de gemeentelijke belastingen en stelt de WOZ-waarde vast.',
		color: '#d55e00',
		weight: 20,
		topics: ['belastingen', 'vastgoed', 'witwassen'],
		titles: ['Medewerker heffingen', 'WOZ-taxateur', 'Invorderaar', 'Belastingadviseur']
	},
	{
		key: 'sociaal-domein',
		name: 'Sociaal Domein',
		description: 'Regelt ondersteuning bij werk, inkomen, zorg en jeugdhulp.',
		color: '#882255',
		weight: 38,
		topics: ['zorg', 'jeugd', 'subsidies', 'arbeidsuitbuiting', 'mensenhandel'],
		titles: [
			'Consulent werk en inkomen',
			'Wmo-consulent',
			'Jeugdconsulent',
			'Handhaver Participatiewet'
		]
	},
	{
		key: 'economische-zaken',
		name: 'Economische Zaken',
		description: 'Onderhoudt contact met ondernemers en werkt aan een gezond vestigingsklimaat.',
		color: '#999933',
		weight: 14,
		topics: ['horeca', 'subsidies', 'arbeidsuitbuiting'],
		titles: ['Accountmanager bedrijven', 'Beleidsadviseur economie', 'Centrummanager']
	},
	{
		key: 'wonen',
		name: 'Wonen',
		description: 'Werkt aan voldoende betaalbare woningen en pakt misstanden bij verhuur aan.',
		color: '#44aa99',
		weight: 20,
		topics: ['huisvesting', 'vastgoed', 'arbeidsuitbuiting'],
		titles: ['Beleidsadviseur wonen', 'Toezichthouder woningvoorraad', 'Medewerker huisvesting']
	},
	{
		key: 'juridische-zaken',
		name: 'Juridische Zaken',
		description: 'Adviseert de organisatie en behandelt bezwaar, beroep en aansprakelijkheid.',
		color: '#332288',
		weight: 12,
		topics: ['Bibob', 'handhaving', 'vergunningen'],
		titles: ['Juridisch adviseur', 'Bezwaarbehandelaar', 'Advocaat in dienst']
	},
	{
		key: 'informatievoorziening',
		name: 'Informatievoorziening',
		description: 'Zorgt voor de applicaties, data en informatiebeveiliging van de gemeente.',
		color: '#117733',
		weight: 16,
		topics: [],
		titles: ['Functioneel beheerder', 'Data-analist', 'Informatieadviseur', 'Security officer']
	},
	{
		key: 'sport-cultuur',
		name: 'Sport & Cultuur',
		description: 'Ondersteunt verenigingen, sportaccommodaties en culturele instellingen.',
		color: '#ddcc77',
		weight: 12,
		topics: ['subsidies', 'horeca', 'jeugd'],
		titles: ['Sportconsulent', 'Cultuurmakelaar', 'Subsidieadviseur', 'Beheerder accommodaties']
	}
];

/**
 * Department pairs whose people plausibly know each other. Any pair not listed stays without
 * links, which is what gives the "gaps" view its content. The Belastingen – Sport & Cultuur
 * pair is deliberately absent: generate.ts joins those two through a single person.
 */
export const NAMED_AFFINITIES: readonly (readonly [string, string])[] = [
	['veiligheid-handhaving', 'vergunningen'],
	['veiligheid-handhaving', 'publieksplein'],
	['veiligheid-handhaving', 'juridische-zaken'],
	['veiligheid-handhaving', 'wonen'],
	['veiligheid-handhaving', 'economische-zaken'],
	['veiligheid-handhaving', 'vastgoed'],
	['veiligheid-handhaving', 'sociaal-domein'],
	['vastgoed', 'stedelijke-ontwikkeling'],
	['vastgoed', 'juridische-zaken'],
	['vastgoed', 'belastingen'],
	['stedelijke-ontwikkeling', 'wonen'],
	['stedelijke-ontwikkeling', 'vergunningen'],
	['stedelijke-ontwikkeling', 'economische-zaken'],
	['publieksplein', 'belastingen'],
	['publieksplein', 'sociaal-domein'],
	['vergunningen', 'economische-zaken'],
	['vergunningen', 'juridische-zaken'],
	['sociaal-domein', 'wonen'],
	['sociaal-domein', 'sport-cultuur'],
	['economische-zaken', 'sport-cultuur']
];

export const GENERATED_TITLES: readonly string[] = [
	'Wijkcoach',
	'Wijkmanager',
	'Gebiedsregisseur',
	'Handhaver openbare ruimte',
	'Medewerker leefbaarheid',
	'Jongerenwerker',
	'Opbouwwerker',
	'Teamleider'
];

export const GENERATED_TOPICS: readonly string[] = ['jeugd', 'zorg', 'handhaving', 'drugs'];

export const REGIONS: readonly string[] = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum'];

export interface NameGroup {
	/** Share of the workforce; a rough reflection of a mid-sized Dutch city. */
	weight: number;
	firstNames: readonly string[];
	surnames: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
	{
		weight: 64,
		firstNames: [
			...['Jan', 'Pieter', 'Kees', 'Henk', 'Willem', 'Bas', 'Thijs', 'Daan', 'Sander', 'Ruud'],
			...['Marco', 'Erik', 'Jeroen', 'Martijn', 'Joost', 'Niels', 'Wouter', 'Gerrit', 'Bram'],
			...['Anne', 'Maria', 'Sanne', 'Linda', 'Esther', 'Marloes', 'Inge', 'Petra', 'Ellen'],
			...['Femke', 'Lotte', 'Eva', 'Iris', 'Nicole', 'Monique', 'Wilma', 'Karin', 'Noor', 'Luuk']
		],
		surnames: [
			...['de Vries', 'Jansen', 'de Jong', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer'],
			...['de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen'],
			...['Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok'],
			...['van der Linden', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen'],
			...['van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems'],
			...['van Dijk', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'Prins', 'Blom', 'Huisman'],
			...['de Lange', 'Kuipers', 'van Wijk', 'Post', 'Veenstra', "'t Hart", 'in het Veld'],
			...['van Vliet', 'ter Horst', 'van der Wal', 'Verbeek', 'Timmermans', 'Peeters']
		]
	},
	{
		weight: 11,
		firstNames: [
			...['Mohammed', 'Youssef', 'Said', 'Karim', 'Hamid', 'Bilal', 'Samir', 'Anouar', 'Rachid'],
			...['Soufiane', 'Fatima', 'Naima', 'Khadija', 'Samira', 'Nadia', 'Imane', 'Loubna', 'Hanan']
		],
		surnames: [
			...['El Amrani', 'Bouzid', 'El Idrissi', 'Benali', 'Ouali', 'Aziz', 'Chaouch', 'El Khatib'],
			...['Boukhari', 'Tahiri', 'Azzouz', 'El Hamdaoui', 'Ait Taleb', 'Bakkali', 'Ziani']
		]
	},
	{
		weight: 9,
		firstNames: [
			...['Mehmet', 'Emre', 'Burak', 'Kemal', 'Murat', 'Hakan', 'Serkan', 'Oğuz', 'Yusuf'],
			...['Ayşe', 'Elif', 'Zeynep', 'Özlem', 'Esra', 'Derya', 'Büşra', 'Selin', 'Sibel']
		],
		surnames: [
			...['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan'],
			...['Doğan', 'Koç', 'Kurt', 'Özdemir', 'Polat', 'Erdoğan', 'Güler', 'Aksoy']
		]
	},
	{
		weight: 7,
		firstNames: [
			...['Rajesh', 'Anand', 'Ravi', 'Dinesh', 'Shanti', 'Priya', 'Sunita', 'Kavita', 'Glenn'],
			...['Romano', 'Xavier', 'Dwayne', 'Shirley', 'Gracia', 'Priscilla', 'Dewi', 'Sharon']
		],
		surnames: [
			...['Ramdin', 'Jagesar', 'Ramlal', 'Baldewsingh', 'Soekhoe', 'Mahabier', 'Kalloe', 'Pinas'],
			...['Wongsodikromo', 'Sabajo', 'Kartodikromo', 'Jong A Lock', 'Tjin A Djie', 'Vlijter']
		]
	},
	{
		weight: 4,
		firstNames: ['Jurgen', 'Rinaldo', 'Kevin', 'Melissa', 'Wendy', 'Nathalie', 'Tamara', 'Gino'],
		surnames: ['Martina', 'Isenia', 'Rosaria', 'Profijt', 'Cijntje', 'Zimmerman', 'Statia']
	},
	{
		weight: 5,
		firstNames: ['Piotr', 'Tomasz', 'Agnieszka', 'Katarzyna', 'Marek', 'Ewa', 'Paweł'],
		surnames: ['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Dudek']
	}
];

/** {topic} is filled in with a topic both people (or at least one of them) work on. */
export const INTERNAL_NOTES: readonly string[] = [
	'Zelfde team, zitten naast elkaar',
	'Werken samen aan {topic}-dossiers',
	'Inwerkbuddy',
	'Kennen elkaar van het teamoverleg',
	'Fietsen samen naar het werk',
	'Samen in de ondernemingsraad',
	'Oud-collega’s uit een vorig project',
	'Lunchen vaak samen',
	'Vervangen elkaar bij afwezigheid'
];

export const CROSS_NOTES: readonly string[] = [
	'Samen in het casusoverleg {topic}',
	'Korte lijn bij spoedvragen over {topic}',
	'Ontmoet bij de training ondermijning',
	'Samen in de projectgroep {topic}',
	'Kennen elkaar uit het integriteitsnetwerk',
	'Bellen elkaar bij signalen over {topic}',
	'Hebben vroeger op dezelfde afdeling gewerkt',
	'Zitten samen in het netwerk Bibob'
];
