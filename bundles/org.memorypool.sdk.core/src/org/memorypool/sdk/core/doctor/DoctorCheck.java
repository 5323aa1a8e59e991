// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.doctor;

import java.util.List;

/**
 * One line of the doctor's checklist.
 *
 * @param status  how it stands
 * @param subject what was looked at, e.g. {@code FalloutNV.exe}
 * @param finding what was found, one sentence, safe to print
 * @param details further lines (one per file, a note, what to do), safe to print
 */
public record DoctorCheck(Status status, String subject, String finding, List<String> details) {

	/** How a check stands; only {@link #PROBLEM} stops a plugin from loading. */
	public enum Status {
		OK("ok"), INFO("info"), WARNING("warning"), PROBLEM("problem");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** As the checklist prints it. */
		public String label() {
			return label;
		}
	}

	public DoctorCheck {
		details = List.copyOf(details);
	}

	static DoctorCheck of(Status status, String subject, String finding, String... details) {
		return new DoctorCheck(status, subject, finding, List.of(details));
	}
}
