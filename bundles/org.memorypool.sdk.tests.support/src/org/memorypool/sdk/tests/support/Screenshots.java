// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows as a PNG, so a person can look at what a UI test saw. */
public final class Screenshots {

	/** The build sets this to the module's {@code target/screenshots}. */
	public static final String FOLDER_PROPERTY = "sdk.screenshots";

	private Screenshots() {
	}

	public static Path folder() {
		return Path.of(System.getProperty(FOLDER_PROPERTY, "target/screenshots"));
	}

	/** Saves the whole display as {@code <folder>/<name>.png} and returns the file. Call on the UI thread. */
	public static Path save(String name) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("Screenshots.save must run on the UI thread");
		}
		Conditions.processEvents();
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			Path file = folder().resolve(name + ".png");
			Files.createDirectories(file.getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
