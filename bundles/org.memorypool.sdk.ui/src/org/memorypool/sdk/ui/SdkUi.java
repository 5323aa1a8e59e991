package org.memorypool.sdk.ui;

/** Ids this bundle contributes to the workbench, kept stable so that saved layouts and other plug-ins keep working. */
public final class SdkUi {

	public static final String PLUGIN_ID = "org.memorypool.sdk.ui";
	public static final String NEW_WIZARD_CATEGORY = "org.memorypool.sdk.ui.newWizards";
	public static final String VIEW_CATEGORY = "org.memorypool.sdk.ui.views";
	public static final String ROOT_PREFERENCE_PAGE = "org.memorypool.sdk.ui.preferences.root";

	private SdkUi() {
	}
}
