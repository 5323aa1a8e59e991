// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.build;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.ui.SdkUi;

/**
 * {@value SdkUi#BUILDER}: builds a generated NVSE plugin project in an Eclipse without CDT, with the core's headless
 * builder on the project's {@code .cproject} (see {@link ProjectBuild} for the configuration). Where CDT's managed build
 * is installed it builds nothing: CDT's own builder, listed before it in the {@code .project}, builds the project, and
 * this one only puts the loadability check's findings on what CDT made as problem markers.
 * Like CDT's managed build by default, it does not build on auto-builds (Project > Build Project builds).
 */
public final class HeadlessProjectBuilder extends IncrementalProjectBuilder {

	/** The bundle that, when installed, builds the project instead. */
	public static final String CDT_MANAGED_BUILD = "org.eclipse.cdt.managedbuilder.core";

	/** Whether CDT's managed build is installed, in which case the SDK's builder stays quiet. */
	public static boolean cdtBuilds() {
		return Platform.getBundle(CDT_MANAGED_BUILD) != null;
	}

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		if (kind == AUTO_BUILD) {
			return null;
		}
		if (cdtBuilds()) {
			// CDT's builder, listed before this one, has built: only what it made is checked.
			ProjectBuild.checkArtifactsOfCdtBuild(getProject());
			return null;
		}
		try {
			ProjectBuild.Outcome outcome = ProjectBuild.build(getProject(), BuildConsole.get(), monitor);
			if (outcome.result() instanceof BuildResult.Canceled) {
				forgetLastBuiltState();
				throw new OperationCanceledException();
			}
		} catch (BuildFailure e) {
			// The marker on the project and the console say why; the next build tries again.
			log(Messages.HeadlessProjectBuilder_notBuilt, e);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		if (!cdtBuilds()) {
			try {
				ProjectBuild.clean(getProject(), BuildConsole.get(), monitor);
			} catch (BuildFailure e) {
				log(Messages.HeadlessProjectBuilder_notCleaned, e);
			}
		}
	}

	/**
	 * A build that could not run, in the Error Log with its cause. Only logged: the console and a problem marker show
	 * it already, and a builder runs in the background (compile errors are no such failure: only markers).
	 */
	private void log(String pattern, BuildFailure failure) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID,
				NLS.bind(pattern, new Object[] { getProject().getName(), failure.getMessage(), BuildConsole.NAME }), failure.getCause()), StatusManager.LOG);
	}
}
