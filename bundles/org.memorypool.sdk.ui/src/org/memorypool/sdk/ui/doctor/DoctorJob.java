// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.doctor;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.memorypool.sdk.core.doctor.Doctor;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/**
 * Check Game Setup, in the background: {@link Doctor}'s checklist, as {@code ./sdk doctor} prints it, in the
 * {@link BuildConsole}. It reads the game and Mod Organizer 2's files and changes nothing.
 */
public final class DoctorJob extends Job {

	/** The family of every check, for {@link Job#belongsTo} and the tests' waits. */
	public static final Object FAMILY = DoctorJob.class;

	private final Optional<Path> game;
	private final Optional<Path> mods;

	/**
	 * @param game the game folder to check; empty to look for it as Detect does
	 * @param mods Mod Organizer 2's mods folder, when deploys go there
	 */
	public DoctorJob(Optional<Path> game, Optional<Path> mods) {
		super(Messages.DoctorJob_name);
		this.game = game;
		this.mods = mods;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		BuildConsole console = BuildConsole.get();
		console.startOver();
		console.println(Messages.DoctorJob_started);
		Doctor doctor = new Doctor(GameInstallFinder.forThisMachine(), Optional.of(RuntimeFiles.plugin()),
				Optional.of(RuntimeFiles.jemalloc()), ModOrganizerInstance.instancesFolderOfThisMachine());
		Doctor.lines(doctor.examine(game, mods)).forEach(console::println);
		return Status.OK_STATUS;
	}
}
