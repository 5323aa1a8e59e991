// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.doctor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/** Check Game Setup: the doctor's checklist for the game folder and MO2 mods folder set in the preferences. */
public final class DoctorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DoctorJob(SdkPreferences.gameFolder(), SdkPreferences.modOrganizerMods()).schedule();
		return null;
	}
}
