// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.console.FileLink;
import org.eclipse.debug.ui.console.IConsole;
import org.eclipse.debug.ui.console.IConsoleLineTracker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;

/**
 * In a game run's console, each {@code file:line} naming a C or C++ source of the launched project (as a plugin's log
 * line may, {@code assert failed at src/main.cpp:42}) becomes a link to that line. A name is taken relative to the
 * project, else as a source file of that name in its {@code src} folder.
 */
public final class SourceLineTracker implements IConsoleLineTracker {

	private static final Pattern SOURCE = Pattern.compile(
			"(?<![\\w./\\\\-])((?:[\\w.-]+[/\\\\]){0,16}[\\w.-]{1,200}\\.(?:cpp|cxx|cc|c|hpp|hh|h|inl)):(\\d{1,9})\\b");

	private IConsole console;
	private IProject project;

	@Override
	public void init(IConsole connected) {
		this.console = connected;
		IProcess process = connected.getProcess();
		try {
			ILaunchConfiguration configuration = process.getLaunch().getLaunchConfiguration();
			String name = configuration == null ? "" : configuration.getAttribute(GameLaunchDelegate.ATTR_PROJECT, "");
			project = name.isBlank() ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		} catch (CoreException e) {
			project = null;
		}
	}

	@Override
	public void lineAppended(IRegion line) {
		if (project == null || line.getLength() > 4096) {
			return;
		}
		try {
			String text = console.getDocument().get(line.getOffset(), line.getLength());
			Matcher matcher = SOURCE.matcher(text);
			while (matcher.find()) {
				Optional<IFile> file = file(matcher.group(1));
				if (file.isPresent()) {
					console.addLink(new FileLink(file.get(), null, -1, -1, Integer.parseInt(matcher.group(2))),
							line.getOffset() + matcher.start(), matcher.end() - matcher.start());
				}
			}
		} catch (BadLocationException e) {
			// The console was cleared meanwhile.
		}
	}

	private Optional<IFile> file(String name) {
		IPath path = IPath.fromPortableString(name.replace('\\', '/'));
		IFile file = project.getFile(path);
		if (file.exists()) {
			return Optional.of(file);
		}
		IFile inSources = project.getFile(IPath.fromPortableString("src").append(path.lastSegment()));
		return inSources.exists() ? Optional.of(inSources) : Optional.empty();
	}

	@Override
	public void dispose() {
		console = null;
	}
}
