/**
 * Seeded PRNG for the demo data set. sfc32 is used rather than mulberry32 because its 128-bit
 * state gives a long enough period for 100k+ links without visible repetition; splitmix32 spreads
 * nearby seeds (1, 2, 3, ...) over that state so they do not produce correlated streams.
 */

function splitmix32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		// Fold the high bits in too, so seeds above 2^32 are not silently truncated to equal ones.
		const whole = Math.floor(Math.abs(seed));
		const mix = splitmix32((whole >>> 0) ^ Math.floor(whole / 4294967296));
		this.a = mix();
		this.b = mix();
		this.c = mix();
		this.d = mix();
		// The first outputs of sfc32 are still close to the seed material.
		for (let i = 0; i < 12; i++) this.next();
	}

	/** Uniform float in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	float(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('pick() from an empty list');
		return items[Math.floor(this.next() * items.length)];
	}

	/** Fisher–Yates, in place; returns the same array for chaining. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			const tmp = items[i];
			items[i] = items[j];
			items[j] = tmp;
		}
		return items;
	}

	/** Picks items[i] with probability weights[i] / sum(weights). */
	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (const w of weights) total += w;
		let r = this.next() * total;
		for (let i = 0; i < items.length; i++) {
			r -= weights[i];
			if (r < 0) return items[i];
		}
		return items[items.length - 1];
	}

	/**
	 * Index into a running-total array (as built by cumulative()). Binary search keeps repeated
	 * picks from hundreds of options cheap when generating 100k links.
	 */
	weightedIndex(cumulativeWeights: readonly number[]): number {
		const total = cumulativeWeights[cumulativeWeights.length - 1];
		const r = this.next() * total;
		let lo = 0;
		let hi = cumulativeWeights.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cumulativeWeights[mid] > r) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}
}

export function cumulative(weights: readonly number[]): number[] {
	const out: number[] = [];
	let sum = 0;
	for (const w of weights) {
		sum += w;
		out.push(sum);
	}
	return out;
}
