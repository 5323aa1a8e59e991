// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** Finds controls in a widget tree, the way a user finds them: by the text they show, or by a data key the UI set. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control of the given type below {@code root} (itself included) that matches, in tree order. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> matches) {
		List<T> found = new ArrayList<>();
		collect(root, type, matches, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> matches, List<T> found) {
		if (type.isInstance(control) && matches.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matches, found);
			}
		}
	}

	/** The one control of the given type that matches; fails with what was looked for when there is none or several. */
	public static <T extends Control> T find(Control root, Class<T> type, Predicate<? super T> matches, String description) {
		List<T> found = findAll(root, type, matches);
		if (found.size() != 1) {
			throw new AssertionError("Expected one " + type.getSimpleName() + " " + description + " but found " + found.size());
		}
		return found.get(0);
	}

	/** The control whose {@code getData(key)} is set: the UI tags controls that have no stable text. */
	public static <T extends Control> T byData(Control root, Class<T> type, String key) {
		return find(root, type, c -> c.getData(key) != null, "with data key " + key);
	}

	/** The button (push, check or radio) that shows this text; mnemonics ({@code &}) are ignored. */
	public static Button button(Control root, String text) {
		return find(root, Button.class, b -> withoutMnemonic(b.getText()).equals(withoutMnemonic(text)), "labelled '" + text + "'");
	}

	/**
	 * The control of the given type that a label names: the first such control after the {@link Label}
	 * (or inside the {@link Group}) with this text, as forms are laid out.
	 */
	public static <T extends Control> T byLabel(Control root, Class<T> type, String labelText) {
		String wanted = withoutMnemonic(labelText);
		List<Control> all = findAll(root, Control.class, c -> true);
		for (int i = 0; i < all.size(); i++) {
			Control control = all.get(i);
			String text = control instanceof Label label ? label.getText()
					: control instanceof Group group ? group.getText() : null;
			if (text != null && withoutMnemonic(text).equals(wanted)) {
				for (int j = i + 1; j < all.size(); j++) {
					if (type.isInstance(all.get(j))) {
						return type.cast(all.get(j));
					}
				}
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " labelled '" + labelText + "'");
	}

	private static String withoutMnemonic(String text) {
		return Objects.requireNonNullElse(text, "").replace("&", "").strip();
	}
}
