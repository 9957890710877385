export const insights = {
	'nav.insights': 'Inzichten',
	'insights.title': 'Inzichten',
	'insights.intro':
		'Waar werkt het informele netwerk tussen afdelingen, en waar niet? Hier zie je welke afdelingen alleen staan, welke afdelingen elkaar niet kennen en waar alles van één persoon afhangt.',
	'insights.tier.named':
		'Je bent beheerder. Je ziet de cijfers per afdeling en onderaan ook namen. Ga daar zorgvuldig mee om.',
	'insights.tier.departments':
		'Je ziet cijfers per afdeling, zonder namen. Afdelingen met minder dan {min} mensen tellen samen mee als één groep.',
	'insights.tier.merged': '“{name}” bestaat uit deze kleine afdelingen: {list}.',
	'insights.sections': 'Onderdelen van deze pagina',
	'insights.print': 'Afdrukken',
	'insights.empty': 'Er staan nog geen mensen in het netwerk. Er is dus nog niets te zien.',
	'insights.other': 'Overige afdelingen',
	'insights.department': 'Afdeling',
	'insights.error.asOf': 'Vul een echte datum in, zoals 2026-03-01 (jaar-maand-dag).',
	'insights.asOf.label': 'Peildatum',
	'insights.asOf.help':
		'Tel alleen de verbindingen die op of vóór deze datum zijn gemaakt. Zo zie je wat sessies hebben opgeleverd. Het gaat altijd om de mensen die nu in dienst zijn.',
	'insights.asOf.submit': 'Bekijk',
	'insights.asOf.used': 'Cijfers op {date}.',
	'insights.asOf.today': 'Terug naar vandaag',
	'insights.asOf.none': 'Cijfers van vandaag, met alle verbindingen.',
	'insights.figures.title': 'Kerncijfers',
	'insights.figures.people': 'Mensen',
	'insights.figures.peopleHelp': 'Medewerkers die nu in dienst zijn.',
	'insights.figures.links': 'Verbindingen',
	'insights.figures.linksHelp': 'Paren van collega’s die elkaar kennen.',
	'insights.figures.density': 'Dichtheid',
	'insights.figures.densityHelp': 'Hoeveel van alle mogelijke verbindingen er echt zijn.',
	'insights.figures.components': 'Losse delen',
	'insights.figures.componentsHelp':
		'Groepen zonder verbinding met elkaar. Iemand zonder verbindingen is een eigen deel. Het beste is 1.',
	'insights.figures.isolatedPeople': 'Mensen zonder verbinding',
	'insights.figures.isolatedPeopleHelp': 'Zij kennen (nog) niemand in het netwerk.',
	'insights.figures.ei': 'E-I-index',
	'insights.figures.eiHelp':
		'Kijken mensen naar binnen of naar buiten? −1: alle verbindingen binnen de eigen afdeling. +1: alle verbindingen met andere afdelingen.',
	'insights.figures.split':
		'{internal} verbindingen binnen afdelingen en {external} tussen afdelingen.',
	'insights.gaps.title': 'Waar het netwerk tekortschiet',
	'insights.gaps.isolatedTitle': 'Afdelingen die alleen staan',
	'insights.gaps.isolatedIntro':
		'Niemand in deze afdelingen heeft een verbinding met een andere afdeling.',
	'insights.gaps.isolatedNone': 'Geen: elke afdeling heeft verbindingen met andere afdelingen.',
	'insights.gaps.onePersonTitle': 'Afdelingen die via één persoon verbonden zijn',
	'insights.gaps.onePersonIntro':
		'Alle verbindingen tussen deze afdelingen lopen via één en dezelfde persoon. Als die persoon weggaat, is er geen verbinding meer.',
	'insights.gaps.onePersonNone': 'Geen: overal zijn er meer mensen die de afdelingen verbinden.',
	'insights.gaps.links': '{count} verbinding(en)',
	'insights.gaps.via': 'via',
	'insights.gaps.or': 'of',
	'insights.gaps.withoutTitle': 'Afdelingen zonder onderlinge verbinding ({count} paren)',
	'insights.gaps.withoutIntro':
		'Niemand uit de ene afdeling kent iemand uit de andere. Niet elk paar hoeft elkaar te kennen; kijk vooral naar afdelingen die samen moeten werken.',
	'insights.gaps.withoutNone': 'Geen: elke afdeling heeft een verbinding met elke andere.',
	'insights.gaps.noLinkWith': 'Geen verbinding met',
	'insights.heatmap.title': 'Verbindingen tussen afdelingen',
	'insights.heatmap.intro':
		'Elk vakje is een paar afdelingen. Het getal is het aantal verbindingen. Hoe donkerder, hoe meer verbindingen in verhouding tot het aantal mensen (dichtheid).',
	'insights.heatmap.legend': 'Uitleg van de kleuren',
	'insights.heatmap.none': 'geen verbinding',
	'insights.heatmap.insideKey': 'binnen de eigen afdeling',
	'insights.heatmap.label':
		'Verbindingen tussen {count} afdelingen. De tabel heeft dezelfde cijfers.',
	'insights.heatmap.cell': '{a} en {b}: {count} verbinding(en), dichtheid {density}',
	'insights.heatmap.cellInside': 'Binnen {a}: {count} verbinding(en), dichtheid {density}',
	'insights.heatmap.tooMany':
		'Met {count} afdelingen is een heatmap niet meer te lezen (die tonen we tot {max}). Hieronder staan alle paren van afdelingen met verbindingen. Paren zonder verbinding staan hierboven.',
	'insights.heatmap.asTable': 'Bekijk als tabel',
	'insights.heatmap.tableCaption':
		'Aantal verbindingen per paar afdelingen, met de dichtheid tussen haakjes',
	'insights.ei.title': 'Naar binnen of naar buiten? (E-I per afdeling)',
	'insights.ei.intro':
		'Links van het midden: de meeste verbindingen zijn binnen de afdeling. Rechts: de meeste zijn met andere afdelingen. Bovenaan staan de afdelingen die het meest naar binnen kijken.',
	'insights.ei.inside': 'binnen',
	'insights.ei.outside': 'buiten',
	'insights.ei.noLinks': 'geen verbindingen',
	'insights.ei.valueLabel': '({internal} binnen, {external} met andere afdelingen)',
	'insights.named.title': 'Alleen zichtbaar voor beheerders',
	'insights.named.warning':
		'Deze lijsten laten zien wie de sleutelfiguren in het netwerk zijn. Voor criminelen is dat waardevol. Deel ze niet en druk ze niet zomaar af.',
	'insights.named.nobody': 'Niemand (nog).',
	'insights.named.person': 'Naam',
	'insights.named.whatIfTitle': 'Wat als iemand weggaat?',
	'insights.named.whatIfIntro':
		'Als een van deze mensen weggaat, hebben de genoemde afdelingen geen verbinding meer met elkaar.',
	'insights.named.whatIfNone': 'Niemand: geen enkel paar afdelingen hangt van één persoon af.',
	'insights.named.cutPairs': 'Afdelingen die dan geen verbinding meer hebben',
	'insights.named.brokersTitle': 'Makelaars',
	'insights.named.brokersIntro':
		'Mensen die collega’s verbinden die elkaar zelf niet kennen (Gould en Fernandez). De top 10, met het soort makelaar.',
	'insights.named.total': 'Totaal',
	'insights.named.role.coordinator': 'Binnen de afdeling',
	'insights.named.role.representative': 'Vertegenwoordiger',
	'insights.named.role.consultant': 'Adviseur',
	'insights.named.role.liaison': 'Verbinder',
	'insights.named.rolesHelp':
		'Binnen de afdeling: alle drie in dezelfde afdeling. Vertegenwoordiger: verbindt de eigen afdeling met een andere. Adviseur: verbindt twee mensen uit één andere afdeling. Verbinder: verbindt twee andere afdelingen.',
	'insights.named.betweennessTitle': 'Tussenpersonen',
	'insights.named.betweennessIntro':
		'Mensen die het vaakst op de kortste weg tussen twee collega’s liggen (betweenness, 0 tot 1). De top 10.',
	'insights.named.betweennessSampled':
		'Het netwerk is groot: de waarden zijn geschat met {sources} mensen als startpunt.',
	'insights.named.betweenness': 'Betweenness',
	'insights.named.cutTitle': 'Enige schakels ({count})',
	'insights.named.cutIntro':
		'Als een van deze mensen weggaat, valt een deel van het netwerk los van de rest. Bovenaan de belangrijkste.'
} as const;
