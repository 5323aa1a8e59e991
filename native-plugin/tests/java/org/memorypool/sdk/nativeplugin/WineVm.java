// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Wine in a QEMU virtual machine, for a machine whose Linux refuses 32-bit programs (a kernel with
 * {@code ia32_emulation=off}: every i386 executable, Wine's loader among them, fails with "Exec format error", and
 * Wine's new WoW64 mode needs the same kernel support). The VM runs Debian's own kernel, which allows them, under
 * QEMU's software CPU over this machine's root file system (9p), so it runs this machine's Wine and wine32 on the
 * same paths; setup/wine-vm/ has its files and what runs inside. One VM per test run, started at the first Wine
 * command; commands reach it over a serial port and write their output into this machine's files as they would here.
 * A Wine program takes about 3 s there (a new prefix about 3 minutes), some fifteen times as long as on a machine
 * that runs it itself: {@link #TIME_FACTOR}.
 */
final class WineVm {

	/** How much longer a Wine command may take in the VM than on the machine: QEMU emulates the CPU in software. */
	static final int TIME_FACTOR = 15;
	/** Where install-native-tools.sh builds the VM's kernel and initramfs (setup/wine-vm/build-wine-vm.sh). */
	static final Path FILES = Path.of(System.getProperty("wine.vm.dir", "/var/lib/memorypool-sdk/wine-vm"));
	private static final Path SETUP = NativePlugin.DIR.resolve("setup/wine-vm");
	private static final Path REQUESTS = NativePlugin.WINE_PREFIXES.resolve("vm-requests");
	private static final Path CONSOLE_LOG = NativePlugin.WINE_PREFIXES.resolve("vm-console.log");
	private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
	private static Boolean needed;
	private static WineVm running;

	private final SocketChannel control;
	/** setpriv to this process's user and group, or nothing for root (see {@link #run}). */
	private final List<String> asThisUser;
	private final Map<Integer, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
	private final AtomicInteger nextId = new AtomicInteger();
	private final CompletableFuture<Void> ready = new CompletableFuture<>();

	private WineVm(SocketChannel control) throws IOException {
		this.control = control;
		int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		int gid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
		this.asThisUser = uid == 0 ? List.of()
				: List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
	}

	/**
	 * Whether Wine must run in the VM: this machine's 32-bit loader (wine32 installs it) does not start. False when
	 * it is not installed; then running Wine fails as before, saying what is missing.
	 */
	static synchronized boolean needed() {
		if (needed == null) {
			Path loader = Path.of("/lib/ld-linux.so.2");
			needed = Files.exists(loader) && !runs(loader);
		}
		return needed;
	}

	private static boolean runs(Path loader) {
		try {
			Process process = new ProcessBuilder(loader.toString(), "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The VM, booted at the first call; it ends with the test run (JVM). */
	static synchronized WineVm get() throws IOException, InterruptedException {
		if (running == null) {
			running = boot();
		}
		return running;
	}

	private static WineVm boot() throws IOException, InterruptedException {
		Path kernel = FILES.resolve("vmlinuz");
		Path initrd = FILES.resolve("initrd.gz");
		if (!Files.isRegularFile(kernel) || !Files.isRegularFile(initrd)) {
			fail("This machine cannot run 32-bit programs (its Linux kernel has ia32_emulation off), so the Wine tests"
					+ " run Wine in a QEMU VM, whose kernel is missing from " + FILES + ": " + NativeTools.INSTALL_HINT);
		}
		String qemuCommand = NativeTools.require("qemu-system-x86_64");
		Files.createDirectories(REQUESTS);
		Path socketDir = Files.createTempDirectory("wine-vm");
		Path socket = socketDir.resolve("control");
		List<String> command = List.of(qemuCommand, "-accel", "tcg,thread=multi", "-smp", "2", "-m", "4096",
				// QEMU 7.2's emulated SMAP faults the 32-bit iret Wine returns to 32-bit code with: Oops in wineboot.
				"-cpu", "max,smap=off", "-nographic", "-no-reboot", "-nodefaults", "-kernel", kernel.toString(),
				"-initrd", initrd.toString(),
				"-virtfs", "local,path=/usr,mount_tag=hostusr,security_model=none,readonly=on,id=hostusr",
				"-virtfs", "local,path=/,mount_tag=hostroot,security_model=passthrough,multidevs=remap,id=hostroot",
				"-serial", "file:" + CONSOLE_LOG, "-chardev", "socket,id=control,path=" + socket + ",server=on,wait=on",
				"-serial", "chardev:control", "-append",
				"console=ttyS0 panic=-1 MP_GUEST_INIT=" + SETUP.resolve("guest-init.sh") + " MP_REQUESTS=" + REQUESTS);
		Process qemu = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(NativePlugin.WINE_PREFIXES.resolve("vm-qemu.log").toFile()).start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> qemu.destroyForcibly()));
		SocketChannel control = connect(socket, qemu);
		WineVm vm = new WineVm(control);
		Thread reader = new Thread(vm::readReplies, "wine-vm-replies");
		reader.setDaemon(true);
		reader.start();
		// The VM powers off 90 s after the last line it got: a test run killed without a goodbye leaves none behind.
		Thread heartbeat = new Thread(() -> {
			try {
				while (qemu.isAlive()) {
					vm.send("ping");
					Thread.sleep(20_000);
				}
			} catch (IOException | InterruptedException e) {
				// The VM or the run is ending.
			}
		}, "wine-vm-heartbeat");
		heartbeat.setDaemon(true);
		heartbeat.start();
		try {
			vm.ready.get(BOOT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException | TimeoutException e) {
			qemu.destroyForcibly();
			fail("The Wine VM did not start within " + BOOT_TIMEOUT.toMinutes() + " minutes: see " + CONSOLE_LOG
					+ " and " + NativePlugin.WINE_PREFIXES.resolve("vm-qemu.log"), e);
		}
		return vm;
	}

	/** QEMU makes the socket at start and waits for this connection before it boots the VM. */
	private static SocketChannel connect(Path socket, Process qemu) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			if (Files.exists(socket)) {
				SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
				try {
					channel.connect(UnixDomainSocketAddress.of(socket));
					return channel;
				} catch (IOException e) {
					channel.close();
				}
			}
			if (!qemu.isAlive() || System.nanoTime() > deadline) {
				qemu.destroyForcibly();
				return fail("QEMU did not open the Wine VM's control socket " + socket + ": see "
						+ NativePlugin.WINE_PREFIXES.resolve("vm-qemu.log"));
			}
			Thread.sleep(50);
		}
	}

	private void readReplies() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(Channels.newInputStream(control), StandardCharsets.US_ASCII))) {
			String line;
			while ((line = in.readLine()) != null) {
				String[] words = line.strip().split(" ");
				if (words[0].equals("ready")) {
					ready.complete(null);
				} else if (words[0].equals("done") && words.length == 3) {
					CompletableFuture<Integer> reply = pending.remove(Integer.parseInt(words[1]));
					if (reply != null) {
						reply.complete(Integer.parseInt(words[2]));
					}
				}
			}
		} catch (IOException | NumberFormatException e) {
			// The VM is gone: below, every waiting command fails.
		}
		IOException gone = new IOException("the Wine VM stopped: see " + CONSOLE_LOG);
		ready.completeExceptionally(gone);
		pending.values().forEach(reply -> reply.completeExceptionally(gone));
	}

	/**
	 * Runs a command in the VM as {@link Command#run} runs it here: in directory, with the environment environment
	 * makes of this process's own (without TMPDIR: Wine's server needs the VM's), its output in outputFile, killed
	 * after timeout (which the caller has already stretched by {@link #TIME_FACTOR}).
	 */
	Command.Result run(List<String> command, Path directory, Consumer<Map<String, String>> environment,
			Duration timeout, Path outputFile) throws IOException, InterruptedException {
		Files.createDirectories(outputFile.getParent());
		// Emptied, not deleted: a Wine process of an earlier command (wineserver, Wine's services) may still hold it
		// open, and a file deleted here under an open one is "Directory nonexistent" to the VM's 9p from then on.
		Files.write(outputFile, new byte[0]);
		Map<String, String> variables = new HashMap<>(System.getenv());
		environment.accept(variables);
		variables.remove("TMPDIR");
		int id = nextId.incrementAndGet();
		StringBuilder script = new StringBuilder("cd ").append(quote(directory.toString())).append(" || exit 126\n");
		for (Map.Entry<String, String> variable : variables.entrySet()) {
			if (variable.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
				script.append("export ").append(variable.getKey()).append('=').append(quote(variable.getValue()))
						.append('\n');
			}
		}
		List<String> words = new ArrayList<>();
		// The VM's commands run as root; as this process's user they create files it owns, and Wine accepts only a
		// prefix that belongs to the user who runs it.
		words.addAll(asThisUser);
		command.forEach(word -> words.add(quote(word)));
		script.append("exec ").append(String.join(" ", words)).append(" > ").append(quote(outputFile.toString()))
				.append(" 2>&1\n");
		Path request = REQUESTS.resolve(id + ".sh");
		Files.writeString(request, script);
		CompletableFuture<Integer> reply = new CompletableFuture<>();
		pending.put(id, reply);
		send("run " + id);
		Integer exitCode = null;
		try {
			exitCode = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			send("kill " + id);
			pending.remove(id);
		} catch (ExecutionException e) {
			throw new IOException(command + " could not run: " + e.getCause().getMessage(), e.getCause());
		} finally {
			Files.deleteIfExists(request);
		}
		String output = Files.exists(outputFile) ? Files.readString(outputFile, StandardCharsets.ISO_8859_1) : "";
		return new Command.Result(command, exitCode == null ? -1 : exitCode, exitCode == null, output);
	}

	private synchronized void send(String line) throws IOException {
		control.write(StandardCharsets.US_ASCII.encode(line + "\n"));
	}

	private static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}
}
