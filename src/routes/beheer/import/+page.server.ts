import { fail, type RequestEvent } from '@sveltejs/kit';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ParseError } from '$lib/server/exchange/errors';
import { applyImport, previewImport, type ImportFile } from '$lib/server/exchange/import.service';
import { formatBytes, webUploadLimit } from '$lib/server/exchange/limits';
import { dropUpload, findUpload, keepUpload, type Owner } from '$lib/server/exchange/pending';
import { previewView } from '$lib/server/exchange/preview';
import { isImportKind } from '$lib/server/exchange/source';
import { InputError } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireCapability(event, 'data.exchange');
	return { maxSize: formatBytes(webUploadLimit()) };
};

function ownerOf(event: RequestEvent): Owner {
	const user = requireCapability(event, 'data.exchange');
	return { userId: user.id, sessionId: event.locals.session?.id ?? '' };
}

/** The posted form; a body over adapter-node's BODY_SIZE_LIMIT fails here, as a clear 413. */
async function readForm(event: RequestEvent) {
	try {
		return await event.request.formData();
	} catch (e) {
		const tooBig = (e as { status?: number }).status === 413;
		return fail(tooBig ? 413 : 400, {
			error: tooBig
				? { key: 'import.error.bodyLimit', params: { max: formatBytes(webUploadLimit()) } }
				: { key: 'import.error.noFile' }
		});
	}
}

async function showPreview(event: RequestEvent, file: ImportFile) {
	try {
		const { plan, attributes } = await previewImport(getDb(), file);
		const token = keepUpload(ownerOf(event), file, plan.version);
		return { preview: previewView(token, file, plan, attributes) };
	} catch (e) {
		if (!(e instanceof ParseError)) throw e;
		return fail(400, { kind: file.kind, error: { line: e.line, key: e.key, params: e.params } });
	}
}

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

function asked(form: FormData) {
	return {
		departmentAttribute: text(form, 'departmentAttribute') || undefined,
		nameAttribute: text(form, 'nameAttribute') || undefined
	};
}

export const actions: Actions = {
	preview: async (event) => {
		ownerOf(event);
		const form = await readForm(event);
		if (!(form instanceof FormData)) return form;
		const file = form.get('file');
		const kind = text(form, 'kind');
		if (!isImportKind(kind)) return fail(400, { kind, error: { key: 'import.error.kind' } });
		if (!(file instanceof File) || (file.size === 0 && !file.name)) {
			return fail(400, { kind, error: { key: 'import.error.noFile' } });
		}
		const max = webUploadLimit();
		if (file.size > max) {
			const params = { size: formatBytes(file.size), max: formatBytes(max) };
			return fail(413, { kind, error: { key: 'import.error.tooBig', params } });
		}
		const bytes = new Uint8Array(await file.arrayBuffer());
		return showPreview(event, { name: file.name.slice(0, 200), kind, bytes });
	},

	/** The same upload again with other attributes for department and name (graph files). */
	recount: async (event) => {
		const owner = ownerOf(event);
		const form = await readForm(event);
		if (!(form instanceof FormData)) return form;
		const pending = findUpload(text(form, 'token'), owner);
		if (!pending) return fail(400, { error: { key: 'import.error.expired' } });
		return showPreview(event, { ...pending.file, asked: asked(form) });
	},

	confirm: async (event) => {
		const owner = ownerOf(event);
		const form = await readForm(event);
		if (!(form instanceof FormData)) return form;
		const token = text(form, 'token');
		const pending = findUpload(token, owner);
		if (!pending) return fail(400, { error: { key: 'import.error.expired' } });
		const file = { ...pending.file, asked: asked(form) };
		try {
			const plan = await applyImport(getDb(), actorOf(event), file, {
				skipRejected: text(form, 'skipRejected') === 'on',
				previewedVersion: pending.version
			});
			dropUpload(token);
			return { done: { fileName: file.name, counts: plan.counts } };
		} catch (e) {
			if (!(e instanceof InputError || e instanceof ParseError)) throw e;
			// Show the preview again, as it is now, with the reason on top.
			const again = await showPreview(event, file);
			const error = e instanceof InputError ? Object.values(e.errors)[0] : e;
			const preview = 'preview' in again ? again.preview : undefined;
			const status = error.key === 'import.error.changed' ? 409 : 400;
			return fail(status, { error: { key: error.key, params: error.params }, preview });
		}
	}
};
