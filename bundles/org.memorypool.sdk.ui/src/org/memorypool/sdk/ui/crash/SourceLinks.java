// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.crash;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.console.IPatternMatchListener;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memorypool.sdk.core.crash.CrashReport;
import org.memorypool.sdk.ui.SdkUi;

/**
 * Makes each {@code file:line} of a symbolized crash log ({@link CrashReport#sourceOf}) a link that opens the file at
 * that line: a file of the project the log was symbolized with ({@link CrashConsole#project}), or a workspace file at
 * that absolute place. A file the workspace does not hold gets no link.
 */
final class SourceLinks implements IPatternMatchListener {

	private TextConsole console;

	@Override
	public String getPattern() {
		// A report's source lines: four blanks, then "function at file:line"; which part is the file decides the core.
		return "^    .+ at .+:\\d+$";
	}

	@Override
	public int getCompilerFlags() {
		// The console matches over many lines at once: ^ and $ are each line's.
		return Pattern.MULTILINE;
	}

	@Override
	public String getLineQualifier() {
		return null;
	}

	@Override
	public void connect(TextConsole connected) {
		this.console = connected;
	}

	@Override
	public void disconnect() {
		this.console = null;
	}

	@Override
	public void matchFound(PatternMatchEvent event) {
		TextConsole target = console;
		if (target == null) {
			return;
		}
		try {
			String text = target.getDocument().get(event.getOffset(), event.getLength());
			CrashReport.SourceLine source = CrashReport.sourceOf(text);
			if (source == null) {
				return;
			}
			Optional<IFile> file = file(source.file());
			if (file.isPresent()) {
				int at = text.lastIndexOf(" at ") + 4;
				target.addHyperlink(new SourceLink(file.get(), source.line()), event.getOffset() + at, text.length() - at);
			}
		} catch (BadLocationException e) {
			// The console was cleared meanwhile: nothing to link.
		}
	}

	/** The workspace file a report names: relative to the symbolized project, or by absolute location. */
	private static Optional<IFile> file(String name) {
		Optional<IProject> project = CrashConsole.get().project();
		try {
			if (!Path.of(name).isAbsolute()) {
				return project.map(p -> p.getFile(IPath.fromOSString(name))).filter(IFile::exists);
			}
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
		return Optional.ofNullable(ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(name)))
				.filter(IFile::exists);
	}

	/** Opens a file in its editor at a line. */
	record SourceLink(IFile file, int line) implements IHyperlink {

		@Override
		public void linkActivated() {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IEditorPart editor = IDE.openEditor(page, file, true);
				if (editor instanceof ITextEditor text) {
					IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
					IRegion region = document.getLineInformation(Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1)));
					text.selectAndReveal(region.getOffset(), region.getLength());
				}
			} catch (PartInitException | BadLocationException e) {
				StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID,
						NLS.bind(Messages.SourceLinks_cannotOpen, file.getFullPath(), line), e),
						StatusManager.LOG | StatusManager.SHOW);
			}
		}

		@Override
		public void linkEntered() {
			// Nothing: the link's underline says enough.
		}

		@Override
		public void linkExited() {
			// Nothing.
		}
	}
}
