import type { Core } from 'cytoscape';

function download(href: string, name: string) {
	const a = document.createElement('a');
	a.href = href;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
}

let svgRegistered = false;

/** Saves what the map shows now (hidden departments stay hidden), named with today's date. */
export async function exportImage(cy: Core, format: 'png' | 'svg') {
	const name = `netwerkkaart-${new Date().toISOString().slice(0, 10)}.${format}`;
	if (format === 'png') {
		download(cy.png({ full: true, scale: 2, bg: '#ffffff' }), name);
		return;
	}
	if (!svgRegistered) {
		const [{ default: cytoscape }, { default: svg }] = await Promise.all([
			import('cytoscape'),
			import('cytoscape-svg')
		]);
		cytoscape.use(svg);
		svgRegistered = true;
	}
	const markup = (cy as Core & { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	download(url, name);
	URL.revokeObjectURL(url);
}
