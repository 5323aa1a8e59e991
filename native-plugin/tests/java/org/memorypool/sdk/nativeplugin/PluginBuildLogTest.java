package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plugin is built by Maven's compile phase with CDT's command lines; the tests hold it to no warnings. */
class PluginBuildLogTest {

	@DisplayName("MemoryPoolNVSE.dll compiles without warnings")
	@ParameterizedTest(name = "[{0}]")
	@EnumSource(Configuration.class)
	void compilesWithoutWarnings(Configuration configuration) throws Exception {
		List<String> warnings = Files.readAllLines(configuration.buildLog()).stream().filter(l -> l.contains("warning:"))
				.toList();
		assertEquals(List.of(), warnings, () -> "tools/build-plugin.sh " + configuration + " warned; its output is in "
				+ configuration.buildLog());
	}
}
