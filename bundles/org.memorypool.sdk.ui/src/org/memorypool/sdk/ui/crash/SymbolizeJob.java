// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.memorypool.sdk.core.build.ToolchainDetector;
import org.memorypool.sdk.core.crash.CrashReport;
import org.memorypool.sdk.core.crash.ProjectSymbols;
import org.memorypool.sdk.core.crash.SymbolizeException;
import org.memorypool.sdk.ui.SdkUi;

/**
 * Symbolize Crash Log, in the background: {@link ProjectSymbols} with the project's builds, the report as
 * {@code ./sdk symbolize} prints it, in the {@link CrashConsole}. A log or project it cannot use is one line there and
 * the job's ERROR result (with the exception), which the job framework logs and the workbench shows.
 */
public final class SymbolizeJob extends Job {

	/** The family of every symbolization, for {@link Job#belongsTo} and the tests' waits. */
	public static final Object FAMILY = SymbolizeJob.class;

	private final Path crashLog;
	private final IProject project;

	/**
	 * @param crashLog the crash log, anywhere on disk
	 * @param project  the plugin's project, whose builds hold the debug information
	 */
	public SymbolizeJob(Path crashLog, IProject project) {
		super(NLS.bind(Messages.SymbolizeJob_name, crashLog.getFileName()));
		this.crashLog = crashLog;
		this.project = project;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		CrashConsole console = CrashConsole.get();
		console.startOver(project);
		console.println(NLS.bind(Messages.SymbolizeJob_crashLog, crashLog));
		Path projectDir = project.getLocation().toPath();
		try {
			ProjectSymbols.Outcome outcome = ProjectSymbols.symbolize(crashLog, projectDir, Optional.empty(),
					new ToolchainDetector());
			CrashReport.lines(outcome, projectDir).forEach(console::println);
		} catch (SymbolizeException | IOException e) {
			String line = NLS.bind(Messages.SymbolizeJob_cannotSymbolize, e.getMessage());
			console.println(line);
			return new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, line, e);
		}
		return Status.OK_STATUS;
	}
}
