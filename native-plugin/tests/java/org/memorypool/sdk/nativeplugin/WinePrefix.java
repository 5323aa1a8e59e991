// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Wine prefix under target/ and the user who runs programs in it. Root's Wine writes read-only files (root
 * bypasses Unix permissions and Wine does not enforce the read-only attribute itself), so runs that depend on
 * permissions use user nobody, with a prefix of its own, when the tests run as root.
 */
final class WinePrefix {

	private static final Path OWN = NativePlugin.WINE_PREFIXES.resolve("wineprefix");
	private static final Path NOBODY_HOME = NativePlugin.WINE_PREFIXES.resolve("wineprefix-nobody");
	private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(5);
	/** How long the prefix's wineserver stays after the last Wine program ends. */
	private static final int SERVER_LINGER_SECONDS = 60;
	private static final Set<Path> created = new HashSet<>();

	private final Path prefix;
	private final Path home;
	private final List<String> runAs;

	private WinePrefix(Path prefix, Path home, List<String> runAs) {
		this.prefix = prefix;
		this.home = home;
		this.runAs = runAs;
	}

	/** The prefix for a run; unprivileged: the run depends on file permissions. */
	static WinePrefix forRun(boolean unprivileged) throws IOException {
		if (!unprivileged || !runningAsRoot()) {
			return new WinePrefix(OWN, null, List.of());
		}
		String setpriv = NativeTools.require("setpriv");
		String[] nobody = passwdEntry("nobody");
		requireEnterableByOthers(NativePlugin.WINE_SCRATCH);
		requireEnterableByOthers(NativePlugin.WINE_PREFIXES);
		Files.createDirectories(NOBODY_HOME);
		// Wine refuses a prefix that belongs to another user.
		Files.setOwner(NOBODY_HOME,
				FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
		return new WinePrefix(NOBODY_HOME.resolve("prefix"), NOBODY_HOME,
				List.of(setpriv, "--reuid=" + nobody[2], "--regid=" + nobody[3], "--clear-groups"));
	}

	private static boolean runningAsRoot() throws IOException {
		return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
	}

	/** User nobody must reach the game folders under target/. */
	private static void requireEnterableByOthers(Path folder) throws IOException {
		for (Path p = folder; p != null; p = p.getParent()) {
			if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				fail(p + " cannot be entered by other users, but the tests run the read-only-log cases as user nobody"
						+ " when they run as root (Wine as root ignores read-only files). Give it o+x, put the"
						+ " repository elsewhere, or run the tests as a normal user.");
			}
		}
	}

	/** name:password:uid:gid:... from /etc/passwd. */
	private static String[] passwdEntry(String user) throws IOException {
		return Files.readAllLines(Path.of("/etc/passwd")).stream().map(line -> line.split(":"))
				.filter(fields -> fields.length > 3 && fields[0].equals(user)).findFirst()
				.orElseThrow(() -> new AssertionError("no user " + user + " in /etc/passwd to run Wine unprivileged"));
	}

	/** Runs a Wine command (wine, wineboot) in this prefix, creating the prefix first if needed. */
	Command.Result run(List<String> wineCommand, Path directory, Duration timeout, Path outputFile)
			throws IOException, InterruptedException {
		createOnce();
		return runIn(wineCommand, directory, timeout, outputFile);
	}

	/** A separate step with its own time limit: creating a prefix takes far longer than a test run. */
	private void createOnce() throws IOException, InterruptedException {
		synchronized (created) {
			if (created.contains(prefix)) {
				return;
			}
			Path log = prefix.resolveSibling(prefix.getFileName() + "-wineserver.log");
			String wineserver = NativeTools.require("wineserver");
			if (!Files.exists(prefix.resolve("system.reg"))) {
				Path bootLog = prefix.resolveSibling(prefix.getFileName() + "-wineboot.log");
				Command.Result boot = runIn(List.of(NativeTools.require("wineboot"), "--init"), NativePlugin.TARGET,
						CREATE_TIMEOUT, bootLog);
				assertTrue(boot.succeeded(), () -> "creating the Wine prefix " + prefix + " failed: " + boot.describe());
				// wineboot's own server ends shortly after it; the persistent one starts once it has.
				runIn(List.of(wineserver, "--wait"), NativePlugin.TARGET, CREATE_TIMEOUT, log);
			}
			// A wineserver that stops when its last program ends races the next program's start ("wine client error:
			// recvmsg: Connection reset by peer"): one server for the whole run, gone a minute after the last program.
			// Exit status 2: a server is running already (an earlier run's persistent one).
			// In the VM another prefix's creation takes minutes: the server outlives it there.
			int linger = SERVER_LINGER_SECONDS * (WineVm.needed() ? WineVm.TIME_FACTOR : 1);
			Command.Result server = runIn(List.of(wineserver, "-p" + linger), NativePlugin.TARGET,
					CREATE_TIMEOUT, log);
			assertTrue(server.succeeded() || server.exitCode() == 2,
					() -> "starting the Wine server of " + prefix + " failed: " + server.describe());
			created.add(prefix);
		}
	}

	private Command.Result runIn(List<String> wineCommand, Path directory, Duration timeout, Path outputFile)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(runAs);
		command.addAll(wineCommand);
		if (WineVm.needed()) {
			return WineVm.get().run(command, directory, this::configure, timeout.multipliedBy(WineVm.TIME_FACTOR),
					outputFile);
		}
		return Command.run(command, directory, this::configure, timeout, outputFile);
	}

	private void configure(Map<String, String> environment) {
		environment.put("WINEPREFIX", prefix.toString());
		environment.put("WINEDEBUG", "-all");
		// No Mono/Gecko installer when a prefix is created; the tests need neither.
		environment.put("WINEDLLOVERRIDES", "mscoree,mshtml=");
		// No windows: a display (./sdk test runs under xvfb-run) would let wineboot open dialogs that wait forever.
		environment.remove("DISPLAY");
		environment.remove("WAYLAND_DISPLAY");
		if (home != null) {
			environment.put("HOME", home.toString());
		}
	}
}
