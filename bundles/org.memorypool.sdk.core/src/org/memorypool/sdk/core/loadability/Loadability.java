// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * The verdict of {@link LoadabilityCheck} on one file, and every finding behind it.
 *
 * @param fileName the file's name, as NVSE would see it in {@code Data/NVSE/Plugins}
 * @param image    what the PE reader read, or empty when the file is no PE image the Windows loader would map
 * @param findings errors first, then warnings, then information
 * @param fileVersion the version resource's file version (Explorer's), read from the same bytes; empty without one or
 *                 when the resource is damaged
 */
public record Loadability(String fileName, Optional<PeImage> image, List<Finding> findings, Optional<PeVersion> fileVersion) {

	public Loadability {
		findings = findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
	}

	/** The game's verdict: any error makes the file not loadable; otherwise both entry points make it a plugin. */
	public Verdict verdict() {
		if (!errors().isEmpty()) {
			return Verdict.NOT_LOADABLE;
		}
		return image.map(i -> i.exportNames().containsAll(EntryPoints.NAMES)).orElse(false) ? Verdict.NVSE_PLUGIN
				: Verdict.NOT_AN_NVSE_PLUGIN;
	}

	public List<Finding> errors() {
		return of(Finding.Severity.ERROR);
	}

	public List<Finding> warnings() {
		return of(Finding.Severity.WARNING);
	}

	/** The findings that make a build fail: its artifact is no Windows DLL for i386 at all. */
	public List<Finding> buildErrors() {
		return findings.stream().filter(f -> f.problem().failsBuild()).toList();
	}

	/** The verdict as one sentence, e.g. "MyPlugin.dll: an NVSE plugin the game can load". */
	public String summary() {
		return fileName + ": " + verdict().description();
	}

	/**
	 * The reason and the fix in one line, for a refusal: the first error, or for a DLL that is no plugin, why not.
	 * For an NVSE plugin the game can load, the summary.
	 */
	public String reason() {
		Optional<Finding> why = switch (verdict()) {
		case NOT_LOADABLE -> errors().stream().findFirst();
		case NOT_AN_NVSE_PLUGIN -> findings.stream().filter(f -> f.problem() == Finding.Problem.NO_ENTRY_POINTS).findFirst();
		case NVSE_PLUGIN -> Optional.empty();
		};
		return why.map(f -> fileName + " " + f.line()).orElseGet(this::summary);
	}

	private List<Finding> of(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).toList();
	}
}
