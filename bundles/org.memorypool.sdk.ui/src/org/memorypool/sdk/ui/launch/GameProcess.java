// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.eclipse.osgi.util.NLS;
import org.memorypool.sdk.core.launch.GameSession;
import org.memorypool.sdk.ui.SdkUi;

/**
 * A run of the game as the debug framework sees it: its console shows what the launcher prints and the lines of the
 * game's logs as {@code [file] line}; Terminate ends the launcher and the game ({@link GameSession#terminate}), which
 * outlives a launcher such as nvse_loader.exe. A thread of its own follows the run.
 */
public final class GameProcess extends PlatformObject implements IProcess {

	/** {@link IProcess#ATTR_PROCESS_TYPE} of game runs, for console line trackers. */
	public static final String TYPE = "org.memorypool.sdk.game";

	private final ILaunch launch;
	private final GameSession session;
	private final String label;
	private final Map<String, String> attributes = new HashMap<>();
	private final TextStreamMonitor output = new TextStreamMonitor();
	private final TextStreamMonitor errors = new TextStreamMonitor();
	private volatile boolean terminated;
	private volatile int exitValue;

	/**
	 * Adds itself to the launch and follows the started session until the game has ended.
	 *
	 * @param header lines to show first, e.g. the command that started the game
	 */
	GameProcess(ILaunch launch, GameSession session, String label, List<String> header) {
		this.launch = launch;
		this.session = session;
		this.label = label;
		attributes.put(IProcess.ATTR_PROCESS_TYPE, TYPE);
		header.forEach(line -> output.append(line + System.lineSeparator()));
		launch.addProcess(this);
		fire(DebugEvent.CREATE);
		Thread.ofPlatform().daemon().name("NVSE game run: " + label).start(this::follow);
	}

	private void follow() {
		try {
			GameSession.Outcome outcome = session.follow(new GameSession.Listener() {
				@Override
				public void line(Path file, String text) {
					String source = file.toString().isEmpty() ? Messages.GameProcess_launcher : file.getFileName().toString();
					output.append("[" + source + "] " + text + System.lineSeparator());
				}

				@Override
				public void gameStarted(List<Long> processIds) {
					output.append(NLS.bind(Messages.GameProcess_gameRunning, processIds.get(0)) + System.lineSeparator());
				}
			}, () -> false);
			output.append(outcome.message() + System.lineSeparator());
			exitValue = outcome.ending() == GameSession.Ending.GAME_ENDED ? 0 : 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			exitValue = 1;
		} finally {
			terminated = true;
			fire(DebugEvent.TERMINATE);
		}
	}

	private void fire(int kind) {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
		}
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() throws DebugException {
		try {
			List<ProcessHandle> left = session.terminate();
			if (!left.isEmpty()) {
				throw new DebugException(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID,
						NLS.bind(Messages.GameProcess_wouldNotEnd, left.get(0).pid())));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IStreamsProxy getStreamsProxy() {
		return new IStreamsProxy() {
			@Override
			public IStreamMonitor getOutputStreamMonitor() {
				return output;
			}

			@Override
			public IStreamMonitor getErrorStreamMonitor() {
				return errors;
			}

			@Override
			public void write(String input) throws IOException {
				throw new IOException(Messages.GameProcess_noInput);
			}
		};
	}

	@Override
	public void setAttribute(String key, String value) {
		attributes.put(key, value);
		fire(DebugEvent.CHANGE);
	}

	@Override
	public String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public int getExitValue() throws DebugException {
		if (!terminated) {
			// For the debug framework, which asks only after the termination event: not shown to users.
			throw new DebugException(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, "the game run has not ended")); //$NON-NLS-1$
		}
		return exitValue;
	}
}
