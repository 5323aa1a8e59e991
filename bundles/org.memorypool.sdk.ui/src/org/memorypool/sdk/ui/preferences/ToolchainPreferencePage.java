// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.FoundCompiler;
import org.memorypool.sdk.core.build.Toolchain;
import org.memorypool.sdk.core.build.ToolchainCheck;
import org.memorypool.sdk.core.build.ToolchainDetector;

/**
 * Window > Preferences > Fallout: New Vegas > Toolchain: the Cross GCC prefix and path that new projects' .cproject
 * files name, with what {@link ToolchainDetector} finds for them (the compiler's version line, or what to install),
 * checked again shortly after each change.
 */
public final class ToolchainPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Data key of the label that shows the detected compiler, for tests. */
	public static final String COMPILER_LABEL = "org.memorypool.sdk.ui.preferences.compiler";
	/** How long typing must pause before the compiler is looked for again, in milliseconds. */
	private static final int CHECK_DELAY = 300;

	private StringFieldEditor prefix;
	private DirectoryFieldEditor path;
	private Label compiler;
	private final Runnable check = this::check;

	public ToolchainPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SdkPreferences.store());
		setDescription(Messages.ToolchainPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		prefix = new StringFieldEditor(SdkPreferences.TOOLCHAIN_PREFIX, Messages.ToolchainPreferencePage_prefix, parent);
		prefix.setEmptyStringAllowed(false);
		prefix.setErrorMessage(NLS.bind(Messages.ToolchainPreferencePage_prefixEmpty, SdkPreferences.DEFAULT_TOOLCHAIN_PREFIX));
		addField(prefix);
		path = new DirectoryFieldEditor(SdkPreferences.TOOLCHAIN_PATH, Messages.ToolchainPreferencePage_path, parent);
		path.setEmptyStringAllowed(true);
		path.setErrorMessage(Messages.ToolchainPreferencePage_pathMissing);
		addField(path);

		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.ToolchainPreferencePage_compiler);
		group.setLayout(new GridLayout());
		GridData groupData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		groupData.widthHint = 440;
		group.setLayoutData(groupData);
		compiler = new Label(group, SWT.WRAP);
		compiler.setData(COMPILER_LABEL, Boolean.TRUE);
		compiler.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	@Override
	protected void initialize() {
		super.initialize();
		check();
	}

	@Override
	protected void performDefaults() {
		super.performDefaults();
		check();
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (FieldEditor.VALUE.equals(event.getProperty()) && compiler != null && !compiler.isDisposed()) {
			compiler.getDisplay().timerExec(-1, check);
			compiler.getDisplay().timerExec(CHECK_DELAY, check);
		}
	}

	@Override
	public void dispose() {
		if (compiler != null && !compiler.isDisposed()) {
			compiler.getDisplay().timerExec(-1, check);
		}
		super.dispose();
	}

	/** Looks for {@code <prefix>g++} as the build would, and says what was found. */
	private void check() {
		if (compiler == null || compiler.isDisposed()) {
			return;
		}
		ToolchainCheck result = new ToolchainDetector().check(new Toolchain(prefix.getStringValue().strip(), path.getStringValue().strip()));
		List<String> lines = new ArrayList<>();
		result.compiler().map(ToolchainPreferencePage::describe).ifPresent(lines::add);
		result.errors().forEach(e -> lines.add(NLS.bind(Messages.ToolchainPreferencePage_error, e)));
		result.warnings().forEach(w -> lines.add(NLS.bind(Messages.ToolchainPreferencePage_warning, w)));
		compiler.setText(String.join("\n", lines));
		if (!result.warnings().isEmpty()) {
			setMessage(TerminalText.escapeLine(capitalized(result.warnings().get(0))), IMessageProvider.WARNING);
		} else if (!result.errors().isEmpty()) {
			setMessage(TerminalText.escapeLine(capitalized(result.errors().get(0))), IMessageProvider.ERROR);
		} else {
			setMessage(null, IMessageProvider.NONE);
		}
		compiler.getParent().getParent().layout(true, true);
	}

	/** E.g. {@code i686-w64-mingw32-g++ (GCC) 12-win32}, then where it is and what it makes code for. */
	private static String describe(FoundCompiler found) {
		return NLS.bind(Messages.ToolchainPreferencePage_found,
				new Object[] { found.version(), found.executable(), found.source(), found.target() });
	}

	private static String capitalized(String sentence) {
		return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}
}
