import type { insights as source } from '../nl/insights';

export const insights: Record<keyof typeof source, string> = {
	'nav.insights': 'Insights',
	'insights.title': 'Insights',
	'insights.intro':
		'Where does the informal network between departments work, and where does it not? Here you see which departments stand alone, which departments do not know each other and where everything depends on one person.',
	'insights.tier.named':
		'You are an administrator. You see the figures per department and, at the bottom, names too. Handle them with care.',
	'insights.tier.departments':
		'You see figures per department, without names. Departments with fewer than {min} people are counted together as one group.',
	'insights.tier.merged': '“{name}” consists of these small departments: {list}.',
	'insights.sections': 'Parts of this page',
	'insights.print': 'Print',
	'insights.empty': 'There are no people in the network yet, so there is nothing to show.',
	'insights.other': 'Other departments',
	'insights.department': 'Department',
	'insights.error.asOf': 'Enter a real date, such as 2026-03-01 (year-month-day).',
	'insights.asOf.label': 'Reference date',
	'insights.asOf.help':
		'Count only the links made on or before this date. This shows what sessions have achieved. It is always about the people employed now.',
	'insights.asOf.submit': 'Show',
	'insights.asOf.used': 'Figures as of {date}.',
	'insights.asOf.today': 'Back to today',
	'insights.asOf.none': 'Figures for today, with all links.',
	'insights.figures.title': 'Key figures',
	'insights.figures.people': 'People',
	'insights.figures.peopleHelp': 'Employees who work here now.',
	'insights.figures.links': 'Links',
	'insights.figures.linksHelp': 'Pairs of colleagues who know each other.',
	'insights.figures.density': 'Density',
	'insights.figures.densityHelp': 'How many of all possible links actually exist.',
	'insights.figures.components': 'Separate parts',
	'insights.figures.componentsHelp':
		'Groups with no link to each other. Someone without links is a part of their own. Best is 1.',
	'insights.figures.isolatedPeople': 'People without links',
	'insights.figures.isolatedPeopleHelp': 'They know nobody in the network (yet).',
	'insights.figures.ei': 'E-I index',
	'insights.figures.eiHelp':
		'Do people look inward or outward? −1: all links inside their own department. +1: all links to other departments.',
	'insights.figures.split':
		'{internal} links inside departments and {external} between departments.',
	'insights.gaps.title': 'Where the network falls short',
	'insights.gaps.isolatedTitle': 'Departments that stand alone',
	'insights.gaps.isolatedIntro': 'Nobody in these departments has a link to another department.',
	'insights.gaps.isolatedNone': 'None: every department has links to other departments.',
	'insights.gaps.onePersonTitle': 'Departments connected through one person',
	'insights.gaps.onePersonIntro':
		'All links between these departments go through one and the same person. If that person leaves, there is no link left.',
	'insights.gaps.onePersonNone': 'None: everywhere, more people connect the departments.',
	'insights.gaps.links': '{count} link(s)',
	'insights.gaps.via': 'through',
	'insights.gaps.or': 'or',
	'insights.gaps.withoutTitle': 'Departments without any link to each other ({count} pairs)',
	'insights.gaps.withoutIntro':
		'Nobody in one department knows anybody in the other. Not every pair needs to; look mainly at departments that must work together.',
	'insights.gaps.withoutNone': 'None: every department has a link with every other.',
	'insights.gaps.noLinkWith': 'No link with',
	'insights.heatmap.title': 'Links between departments',
	'insights.heatmap.intro':
		'Each square is a pair of departments. The number is the number of links. The darker, the more links relative to the number of people (density).',
	'insights.heatmap.legend': 'What the colours mean',
	'insights.heatmap.none': 'no link',
	'insights.heatmap.insideKey': 'inside the department',
	'insights.heatmap.label': 'Links between {count} departments. The table has the same figures.',
	'insights.heatmap.cell': '{a} and {b}: {count} link(s), density {density}',
	'insights.heatmap.cellInside': 'Inside {a}: {count} link(s), density {density}',
	'insights.heatmap.tooMany':
		'With {count} departments a heat map can no longer be read (we show one up to {max}). Below are all pairs of departments with links. Pairs without links are listed above.',
	'insights.heatmap.asTable': 'View as a table',
	'insights.heatmap.tableCaption':
		'Number of links per pair of departments, with the density in brackets',
	'insights.ei.title': 'Inward or outward? (E-I per department)',
	'insights.ei.intro':
		'Left of the middle: most links are inside the department. Right: most are with other departments. The most inward-looking departments are at the top.',
	'insights.ei.inside': 'inside',
	'insights.ei.outside': 'outside',
	'insights.ei.noLinks': 'no links',
	'insights.ei.valueLabel': '({internal} inside, {external} with other departments)',
	'insights.named.title': 'Only visible to administrators',
	'insights.named.warning':
		'These lists show who the key people in the network are. That is valuable to criminals. Do not share them and do not print them carelessly.',
	'insights.named.nobody': 'Nobody (yet).',
	'insights.named.person': 'Name',
	'insights.named.whatIfTitle': 'What if someone leaves?',
	'insights.named.whatIfIntro':
		'If one of these people leaves, the departments named have no link with each other any more.',
	'insights.named.whatIfNone': 'Nobody: no pair of departments depends on one person.',
	'insights.named.cutPairs': 'Departments that would have no link left',
	'insights.named.brokersTitle': 'Brokers',
	'insights.named.brokersIntro':
		'People who connect colleagues who do not know each other (Gould and Fernandez). The top 10, with the kind of broker.',
	'insights.named.total': 'Total',
	'insights.named.role.coordinator': 'Within the department',
	'insights.named.role.representative': 'Representative',
	'insights.named.role.consultant': 'Consultant',
	'insights.named.role.liaison': 'Liaison',
	'insights.named.rolesHelp':
		'Within the department: all three in the same department. Representative: connects their own department with another. Consultant: connects two people from one other department. Liaison: connects two other departments.',
	'insights.named.betweennessTitle': 'Go-betweens',
	'insights.named.betweennessIntro':
		'People who most often lie on the shortest path between two colleagues (betweenness, 0 to 1). The top 10.',
	'insights.named.betweennessSampled':
		'The network is large: the values are estimated from {sources} people as starting points.',
	'insights.named.betweenness': 'Betweenness',
	'insights.named.cutTitle': 'Single links ({count})',
	'insights.named.cutIntro':
		'If one of these people leaves, part of the network comes loose from the rest. The most important first.'
};
