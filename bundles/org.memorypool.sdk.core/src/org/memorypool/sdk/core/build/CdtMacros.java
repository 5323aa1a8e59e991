package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the CDT build macros that refer to the project itself: {@code ${ProjName}}, {@code ${ConfigName}},
 * {@code ${ProjDirPath}} and {@code ${workspace_loc:/<this project>/...}}. Anything else needs a workspace (other
 * projects, environment, Eclipse preferences): it is left as written and reported.
 */
final class CdtMacros {

	private static final Pattern WORKSPACE_LOC = Pattern.compile("\\$\\{workspace_loc:([^${}]*)}");
	private static final Pattern ANY_MACRO = Pattern.compile("\\$\\{[^}]*}");

	private final String projectName;
	private final String configurationName;
	private final Path projectDir;
	private final List<String> notes;

	/** Notes about macros that cannot be resolved go to {@code notes}. */
	CdtMacros(String projectName, String configurationName, Path projectDir, List<String> notes) {
		this.projectName = projectName;
		this.configurationName = configurationName;
		this.projectDir = projectDir;
		this.notes = notes;
	}

	/** The value with the project's macros resolved; {@code where} names the setting for the notes. */
	String resolve(String value, String where) {
		String resolved = value.replace("${ProjName}", projectName).replace("${ConfigName}", configurationName)
				.replace("${ProjDirPath}", projectDir.toString());
		Matcher matcher = WORKSPACE_LOC.matcher(resolved);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String location = location(matcher.group(1));
			matcher.appendReplacement(result, Matcher.quoteReplacement(location != null ? location : matcher.group()));
		}
		matcher.appendTail(result);
		resolved = result.toString();
		Matcher left = ANY_MACRO.matcher(resolved);
		while (left.find()) {
			notes.add(where + ": the macro " + left.group()
					+ " needs an Eclipse workspace to resolve; it is passed on as written (use a path inside the project,"
					+ " e.g. ${workspace_loc:/${ProjName}/include}, or an absolute path)");
		}
		return resolved;
	}

	/** The folder a {@code workspace_loc} path names, if it is inside this project; else null. */
	private String location(String workspacePath) {
		String own = "/" + projectName;
		if (workspacePath.equals(own)) {
			return projectDir.toString();
		}
		if (workspacePath.startsWith(own + "/")) {
			return projectDir.resolve(workspacePath.substring(own.length() + 1)).toString();
		}
		return null;
	}
}
