package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines of projects that real CDT 12.5 built (testdata/cdt-recorded, its README says how), against the
 * commands ./sdk build plans for the same files: character for character, apart from the project's and the
 * workspace's paths. CDT's makefile ends a link line in the blanks of its empty variables; those are not compared.
 */
class CdtRecordedCommandsTest {

	/** The environment CDT ran with: {@code ${env_var:NVSE_SDK}} resolves to it. */
	private static final Map<String, String> ENVIRONMENT = Map.of("NVSE_SDK", "/opt/nvse-sdk");

	@TempDir
	Path workspace;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "macros, Release, cdt-console.txt", "macros, Debug, cdt-console-Debug.txt" })
	void theCommandsAreCdts(String project, String configurationName, String console) throws Exception {
		copyRecordings();
		Path projectDir = workspace.resolve(project);
		BuildConfiguration configuration = CprojectReader.read(projectDir, ENVIRONMENT::get).configuration(configurationName)
				.orElseThrow();
		assertEquals(List.of(), configuration.unsupported(), "every setting understood");
		BuildPlan plan = BuildPlan.of(configuration, projectDir);
		List<String> ours = new ArrayList<>();
		plan.compileSteps().forEach(step -> ours.add(step.command().text()));
		ours.add(plan.linkStep().command().text());
		assertEquals(cdtCommands(workspace.resolve(project).resolve(console), projectDir), ours);
	}

	/** CDT's tool command lines, its paths replaced by this copy's and a link line's trailing blanks dropped. */
	private List<String> cdtCommands(Path console, Path projectDir) throws IOException {
		return Files.readAllLines(console).stream().filter(l -> l.startsWith("i686-w64-mingw32-"))
				.map(l -> l.replace("<proj>", projectDir.toString()).replace("<workspace>", workspace.toString()).stripTrailing())
				.toList();
	}

	/** The recorded projects and the folders beside them, as they sat in CDT's workspace. */
	private void copyRecordings() throws IOException {
		Path source = Path.of("testdata/cdt-recorded").toAbsolutePath();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = workspace.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy);
				}
			}
		}
	}
}
