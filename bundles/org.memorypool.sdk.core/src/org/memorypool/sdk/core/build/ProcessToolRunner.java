package org.memorypool.sdk.core.build;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs tools as processes, as {@code make} would: in the build's environment, found on its {@code PATH}, output and
 * errors merged.
 */
final class ProcessToolRunner implements ToolRunner {

	private static final long CANCEL_POLL_MILLIS = 100;

	@Override
	public boolean isAvailable(String executable, Map<String, String> environment) {
		return locate(executable, environment).isPresent();
	}

	/** The executable's file, searched as the shell searches the environment's {@code PATH}. */
	private static Optional<Path> locate(String executable, Map<String, String> environment) {
		if (executable.contains("/")) {
			return Optional.of(Path.of(executable)).filter(Files::isExecutable);
		}
		for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, executable);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	@Override
	public int run(ToolCommand command, Path directory, Map<String, String> environment, Consumer<String> output,
			BooleanSupplier canceled) throws IOException {
		List<String> arguments = new ArrayList<>(command.arguments());
		// ProcessBuilder searches the JVM's PATH, not the child's: resolve with the build's PATH ourselves.
		arguments.set(0, locate(command.executable(), environment).map(Path::toString).orElse(command.executable()));
		ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		Thread canceler = Thread.ofVirtual().start(() -> stopWhenCanceled(process, canceled));
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				output.accept(line);
			}
			return process.waitFor();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			InterruptedIOException interrupted = new InterruptedIOException(
					"interrupted while running " + command.executable());
			interrupted.initCause(e);
			throw interrupted;
		} finally {
			canceler.interrupt();
		}
	}

	private static void stopWhenCanceled(Process process, BooleanSupplier canceled) {
		try {
			while (!process.waitFor(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (canceled.getAsBoolean()) {
					process.descendants().forEach(ProcessHandle::destroy);
					process.destroy();
					return;
				}
			}
		} catch (InterruptedException e) {
			// The tool has finished; nothing to stop.
		}
	}
}
