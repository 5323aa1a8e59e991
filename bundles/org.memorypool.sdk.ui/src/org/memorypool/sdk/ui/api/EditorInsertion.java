// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memorypool.sdk.core.api.ApiFunction;
import org.memorypool.sdk.core.api.CallInsertion;
import org.memorypool.sdk.core.api.TextInsertion;

/** Puts a call into a text editor at its caret, with the include it needs: any text editor, CDT's or not. */
final class EditorInsertion {

	private EditorInsertion() {
	}

	/** Inserts and returns null, or returns why it could not (no text editor, read-only editor). */
	static String insertCall(IEditorPart editor, ApiFunction function) {
		ITextEditor textEditor = editor == null ? null : editor.getAdapter(ITextEditor.class);
		if (textEditor == null) {
			return Messages.EditorInsertion_noTextEditor;
		}
		if (!textEditor.isEditable()) {
			return NLS.bind(Messages.EditorInsertion_readOnly, textEditor.getTitle());
		}
		IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
		int caret = textEditor.getSelectionProvider().getSelection() instanceof ITextSelection selection ? selection.getOffset() : 0;
		List<TextInsertion> insertions = CallInsertion.of(document.get(), caret, function);
		String call = function.callTemplate();
		int shift = 0;
		try {
			for (TextInsertion insertion : insertions) {
				document.replace(insertion.offset(), 0, insertion.text());
				boolean isCall = insertion.offset() == caret && insertion.text().equals(call);
				if (!isCall && insertion.offset() <= caret) {
					shift += insertion.text().length();
				}
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("The document changed while inserting", e); //$NON-NLS-1$
		}
		// Select the arguments, so that typing replaces the parameter names.
		int open = call.indexOf('(') + 1;
		textEditor.getSelectionProvider().setSelection(new TextSelection(caret + shift + open, call.length() - open - 1));
		editor.getSite().getPage().activate(editor);
		return null;
	}
}
