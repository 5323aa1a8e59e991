// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * What the MemoryPool API view reads from disk (MemoryPool.h, the game folder, a project's opcode ledger), in a system
 * job of the family {@link ApiView#READS}: the files may be on a slow or network disk, and the UI thread must not wait
 * for them. The body hands its result to the widgets itself, through {@code Display.asyncExec}.
 */
final class DiskRead extends Job {

	/**
	 * One read at a time of each kind: a newer one waits for the older, whose result the section then ignores. Tests
	 * hold these rules to see the view while it reads.
	 */
	static final class Kind implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	}

	private final Runnable body;

	DiskRead(String name, ISchedulingRule kind, Runnable body) {
		super(name);
		this.body = body;
		setSystem(true);
		setRule(kind);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		body.run();
		return Status.OK_STATUS;
	}

	/** Hands {@code update} to the UI thread, unless the workbench has closed meanwhile. */
	static void inUi(Display display, Runnable update) {
		try {
			display.asyncExec(update);
		} catch (SWTException e) {
			// The display is gone: there is nothing left to show it in.
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ApiView.READS;
	}
}
