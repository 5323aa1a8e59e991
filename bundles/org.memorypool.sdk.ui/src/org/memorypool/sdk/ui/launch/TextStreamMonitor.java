// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IStreamMonitor;

/**
 * Text a game run produces, for the debug framework's process console: what was appended so far (a console that
 * connects late reads it), and each new piece to the listeners. Keeps at most {@link #MAX_CHARS}; the console keeps
 * its own copy.
 */
final class TextStreamMonitor implements IStreamMonitor {

	static final int MAX_CHARS = 4 * 1024 * 1024;

	private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();
	private final StringBuilder contents = new StringBuilder();

	void append(String text) {
		synchronized (contents) {
			if (contents.length() + text.length() > MAX_CHARS) {
				contents.delete(0, Math.min(contents.length(), contents.length() + text.length() - MAX_CHARS));
			}
			contents.append(text);
		}
		listeners.forEach(l -> l.streamAppended(text, this));
	}

	@Override
	public void addListener(IStreamListener listener) {
		listeners.add(listener);
	}

	@Override
	public String getContents() {
		synchronized (contents) {
			return contents.toString();
		}
	}

	@Override
	public void removeListener(IStreamListener listener) {
		listeners.remove(listener);
	}
}
