package org.memorypool.sdk.core.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a deploy will do, worked out before anything is touched.
 *
 * @param copies    files to copy, new or replacing a different one
 * @param unchanged targets that already hold exactly the file to deploy
 */
public record DeployPlan(List<FileCopy> copies, List<Path> unchanged) {

	public DeployPlan {
		copies = List.copyOf(copies);
		unchanged = List.copyOf(unchanged);
	}

	/** One line per file, as the console and the command line report it. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		copies.forEach(c -> lines.add((c.replaces() ? "updated  " : "added    ") + c.target()
				+ (c.replaces() ? " (previous one kept as " + c.backup().getFileName() + ")" : "")));
		unchanged.forEach(u -> lines.add("unchanged " + u));
		return lines;
	}
}
