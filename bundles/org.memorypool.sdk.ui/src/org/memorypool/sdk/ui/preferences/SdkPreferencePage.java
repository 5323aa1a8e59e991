package org.memorypool.sdk.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.memorypool.sdk.core.SdkVersion;

/** Window > Preferences > Fallout: New Vegas: the SDK's root page, parent of its settings pages. */
public final class SdkPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** Data key of the label that shows the SDK version, for tests. */
	public static final String VERSION_LABEL = "org.memorypool.sdk.ui.preferences.version";

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		setDescription("Tools for writing NVSE plugins for Fallout: New Vegas that use the MemoryPool allocator.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		Label version = new Label(composite, SWT.NONE);
		version.setText("MemoryPool SDK " + SdkVersion.current());
		version.setData(VERSION_LABEL, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(version);
		return composite;
	}
}
