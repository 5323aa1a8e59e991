// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.monitor.HeapMonitorView;
import org.memorypool.sdk.ui.wizards.NewPluginProjectWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The UI bundle's user-visible texts are externalized as Eclipse projects do it: each package's {@code Messages}
 * (org.eclipse.osgi.util.NLS) with the {@code messages.properties} beside it, and plugin.xml's and the manifest's texts
 * as {@code %key}s of plugin.properties. The texts are read from the bundle as installed (its jar), the code from the
 * UI bundle's source folder.
 */
class ExternalizedStringsTest {

	/** tycho-surefire runs the tests in this module's folder. */
	private static final Path SOURCES = Path.of("../org.memorypool.sdk.ui/src").toAbsolutePath().normalize();
	/** What NLS.initializeMessages puts into a field that has no key. */
	private static final String NLS_MISSING = "NLS missing message";
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

	/**
	 * Literal texts the scan finds in calls that show text, and why they may stay: the file's name and the literal as it
	 * stands in the source.
	 */
	private static final Map<String, String> ALLOWED = Map.of(
			"GameProcess.java: \"the game run has not ended\"",
			"IProcess.getExitValue before the run ended: the debug framework asks only after the termination event");

	/** A string literal in {@link Code#text}: its number in {@link Code#literals}, between two U+0001. */
	private static final String LITERAL = "\u0001(\\d+)\u0001";

	/**
	 * Calls that show a text argument to users, given as a literal ({@code {L}}): SWT and JFace setters, names of jobs,
	 * actions, progress and consoles, dialogs, statuses and exceptions, field editors and table columns.
	 */
	private static final List<Pattern> SHOWN_LITERAL = Stream.of(
			"\\b(?:setText|setMessage|setTitle|setDescription|setErrorMessage|setToolTipText|setContentDescription|setTaskName"
					+ "|subTask|setWindowTitle|setLabel|setName|println)\\(\\s*{L}",
			"new (?:Job|Action|Group|Label|NumberAxis|XYSeries|MessageConsole|IOException|DebugException)\\(\\s*{L}",
			"Job\\.create\\(\\s*{L}",
			"SubMonitor\\.convert\\([^,;]+,\\s*{L}",
			"MessageDialog\\.open\\w*\\([^;]*?{L}",
			"new \\w*FieldEditor\\([^,;]+,\\s*{L}",
			"TableColumns\\.add\\([^,;]+,\\s*{L}",
			"Status\\.(?:error|warning|info)\\(\\s*{L}",
			"new (?:Status|CoreException)\\([^;]*?{L}",
			// A job's name, given to its constructor.
			"\\bextends Job\\b.*?\\bsuper\\(\\s*{L}")
			.map(p -> Pattern.compile(p.replace("{L}", LITERAL), Pattern.DOTALL)).toList();

	/** A label with a mnemonic, "&Add...", wherever it goes. */
	private static final Pattern MNEMONIC = Pattern.compile("&[A-Za-z]");

	/**
	 * Java source without its comments, each string literal (text blocks too) replaced by its number in
	 * {@code literals}; line breaks stay where they were.
	 */
	record Code(String text, List<String> literals) {

		static Code of(String source) {
			StringBuilder text = new StringBuilder(source.length());
			List<String> literals = new ArrayList<>();
			int i = 0;
			while (i < source.length()) {
				char c = source.charAt(i);
				int end;
				if (source.startsWith("//", i)) {
					end = source.indexOf('\n', i);
					i = end < 0 ? source.length() : end;
					continue;
				}
				if (source.startsWith("/*", i)) {
					end = source.indexOf("*/", i + 2);
					end = end < 0 ? source.length() : end + 2;
				} else if (source.startsWith("\"\"\"", i)) {
					end = source.indexOf("\"\"\"", i + 3);
					end = end < 0 ? source.length() : end + 3;
				} else if (c == '"' || c == '\'') {
					end = i + 1;
					while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					end = Math.min(end + 1, source.length());
				} else {
					text.append(c);
					i++;
					continue;
				}
				String token = source.substring(i, end);
				if (c == '"') {
					text.append('\u0001').append(literals.size()).append('\u0001');
					literals.add(token);
				} else if (c == '\'') {
					text.append(token);
				}
				token.chars().filter(ch -> ch == '\n').forEach(ch -> text.append('\n'));
				i = end;
			}
			return new Code(text.toString(), List.copyOf(literals));
		}

		/**
		 * The literals with a letter that the calls of {@link #SHOWN_LITERAL} show, and every label with a mnemonic;
		 * each with its line.
		 */
		Map<String, Integer> shownLiterals() {
			Map<String, Integer> shown = new TreeMap<>();
			for (Pattern pattern : SHOWN_LITERAL) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					String literal = literals.get(Integer.parseInt(matcher.group(1)));
					if (literal.chars().anyMatch(Character::isLetter)) {
						shown.put(literal, lineOf(matcher.start(1)));
					}
				}
			}
			Matcher any = Pattern.compile(LITERAL).matcher(text);
			while (any.find()) {
				String literal = literals.get(Integer.parseInt(any.group(1)));
				if (MNEMONIC.matcher(literal).find()) {
					shown.put(literal, lineOf(any.start(1)));
				}
			}
			return shown;
		}

		private int lineOf(int offset) {
			return (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
		}
	}

	private static Bundle uiBundle() {
		Bundle bundle = FrameworkUtil.getBundle(SdkUi.class);
		assertNotNull(bundle, "the UI bundle is not installed");
		return bundle;
	}

	private static List<Path> javaSources() throws IOException {
		assertTrue(Files.isDirectory(SOURCES), SOURCES + " is not the UI bundle's source folder");
		try (Stream<Path> files = Files.walk(SOURCES)) {
			List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
			assertTrue(sources.size() >= 40, "Java sources in " + SOURCES + ": " + sources.size());
			return sources;
		}
	}

	/** The folders of the UI bundle's sources that hold a file of that name. */
	private static List<Path> packagesWith(String fileName) throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.getFileName().toString().equals(fileName)).map(Path::getParent).sorted().toList();
		}
	}

	private static byte[] bundleEntry(String path) throws IOException {
		URL entry = uiBundle().getEntry(path);
		assertNotNull(entry, path + " is not in the UI bundle as installed: build.properties' bin.includes must name it");
		try (InputStream in = entry.openStream()) {
			return in.readAllBytes();
		}
	}

	/** A file of the package, as the bundle's class loader finds it: copied into the jar from src/ with the classes. */
	private static byte[] resource(Class<?> inPackage, String name) throws IOException {
		String path = inPackage.getPackageName().replace('.', '/') + "/" + name;
		try (InputStream in = inPackage.getClassLoader().getResourceAsStream(path)) {
			assertNotNull(in, path + " is not in the UI bundle as installed");
			return in.readAllBytes();
		}
	}

	private static Properties properties(byte[] bytes, String name) throws IOException {
		for (int i = 0; i < bytes.length; i++) {
			// NLS and the extension registry read .properties files as ISO 8859-1: other characters as \\uXXXX escapes.
			assertTrue(bytes[i] >= 0, name + " holds a byte that is not ASCII at offset " + i + ": write it as a \\uXXXX escape");
		}
		Properties properties = new Properties();
		properties.load(new ByteArrayInputStream(bytes));
		return properties;
	}

	/**
	 * Each package with a Messages class has a messages.properties, in step with it: each key a field, each field a key,
	 * filled in from the file in the bundle and used by the package's code; apostrophes as NLS.bind needs them.
	 */
	@Test
	void everyMessagesClassHasItsTextsAndNoOthers() throws Exception {
		javaSources();
		List<Path> packages = packagesWith("Messages.java");
		assertEquals(packages, packagesWith("messages.properties"), "the packages with Messages.java and with messages.properties");
		assertTrue(packages.size() >= 10, "packages with Messages classes in " + SOURCES + ": " + packages);
		int texts = 0;
		for (Path folder : packages) {
			String name = SOURCES.relativize(folder).toString().replace('/', '.') + ".Messages";
			Class<?> messages = Class.forName(name, true, SdkUi.class.getClassLoader());
			Properties properties = properties(resource(messages, "messages.properties"), name + "'s messages.properties");
			String code = codeOf(folder);
			Set<String> fields = new TreeSet<>();
			for (Field field : messages.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)) {
					continue;
				}
				String what = name + "." + field.getName();
				assertEquals(String.class, field.getType(), what);
				assertFalse(Modifier.isFinal(modifiers), what + " is final: NLS cannot fill it in");
				fields.add(field.getName());
				String value = (String) field.get(null);
				assertNotNull(value, what);
				assertFalse(value.startsWith(NLS_MISSING), what + ": " + value);
				assertEquals(properties.getProperty(field.getName()), value, what + " is not the text of its messages.properties");
				assertTrue(Pattern.compile("\\bMessages\\." + field.getName() + "\\b").matcher(code).find(),
						what + " is used nowhere in its package: remove it and its key");
				checkApostrophes(what, value);
				texts++;
			}
			assertEquals(new TreeSet<>(properties.stringPropertyNames()), fields,
					"the keys of " + name + "'s messages.properties and its fields (a key without a field is never shown)");
		}
		assertTrue(texts >= 150, texts + " texts in the Messages classes");
	}

	/**
	 * NLS.bind, like MessageFormat, takes a single quote as the start of quoted text: a text with arguments writes an
	 * apostrophe twice. A text without arguments is shown as written, so it has no doubled one.
	 */
	private static void checkApostrophes(String what, String value) {
		if (ARGUMENT.matcher(value).find()) {
			assertFalse(value.replace("''", "").contains("'"), what + " has arguments and a single ' that NLS.bind drops: " + value);
		} else {
			assertFalse(value.contains("''"), what + " has no arguments, so its '' shows doubled: " + value);
		}
	}

	/** The code of the package's Java sources but its Messages class, without comments. */
	private static String codeOf(Path folder) throws IOException {
		StringBuilder code = new StringBuilder();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Messages.java")).sorted().toList()) {
				code.append(Code.of(Files.readString(file)).text()).append('\n');
			}
		}
		return code.toString();
	}

	/** plugin.xml's names, labels, descriptions and tooltips are %keys of plugin.properties, as are the manifest's names. */
	@Test
	void pluginXmlAndManifestTextsComeFromPluginProperties() throws Exception {
		Bundle bundle = uiBundle();
		String pluginXml = new String(bundleEntry("plugin.xml"), StandardCharsets.UTF_8);
		Properties properties = properties(bundleEntry("plugin.properties"), "plugin.properties");
		assertEquals("plugin", bundle.getHeaders("").get("Bundle-Localization"));

		Set<String> used = new TreeSet<>();
		List<String> literal = new ArrayList<>();
		Matcher attribute = Pattern.compile("\\s(name|label|description|tooltip)\\s*=\\s*\"([^\"]*)\"").matcher(pluginXml);
		while (attribute.find()) {
			String value = attribute.group(2);
			if (value.startsWith("%")) {
				used.add(value.substring(1));
			} else {
				literal.add(attribute.group(1) + "=\"" + value + "\"");
			}
		}
		Matcher description = Pattern.compile("<description>(.*?)</description>", Pattern.DOTALL).matcher(pluginXml);
		while (description.find()) {
			String value = description.group(1).strip();
			if (value.startsWith("%")) {
				used.add(value.substring(1));
			} else {
				literal.add("<description>" + value + "</description>");
			}
		}
		assertEquals(List.of(), literal, "texts of plugin.xml that are not %keys of plugin.properties");
		assertTrue(used.size() >= 20, "%keys in plugin.xml: " + used);
		for (String header : List.of("Bundle-Name", "Bundle-Vendor")) {
			String value = bundle.getHeaders("").get(header);
			assertTrue(value.startsWith("%"), header + ": " + value + " is not a %key");
			used.add(value.substring(1));
			// The framework localizes the header from the bundle's plugin.properties.
			assertEquals(properties.getProperty(value.substring(1)), bundle.getHeaders().get(header), header);
		}
		Set<String> missing = new TreeSet<>(used);
		missing.removeAll(properties.stringPropertyNames());
		assertEquals(Set.of(), missing, "%keys that plugin.properties lacks");
		Set<String> dead = new TreeSet<>(properties.stringPropertyNames());
		dead.removeAll(used);
		assertEquals(Set.of(), dead, "keys of plugin.properties that neither plugin.xml nor the manifest uses");

		// What the workbench shows is the text of plugin.properties.
		IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(HeapMonitorView.ID);
		assertEquals(properties.getProperty("heapMonitorView.name"), view.getLabel());
		assertEquals(properties.getProperty("heapMonitorView.description"), view.getDescription());
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPluginProjectWizard.ID);
		assertEquals(properties.getProperty("newPluginProjectWizard.name"), wizard.getLabel());
		assertEquals(properties.getProperty("newPluginProjectWizard.description"), wizard.getDescription());
	}

	/** No Java source of the UI bundle hands a literal text to a call that shows it; {@link #ALLOWED} says why some do. */
	@Test
	void noTextIsShownFromALiteral() throws Exception {
		Map<String, String> found = new TreeMap<>();
		for (Path file : javaSources()) {
			Code.of(Files.readString(file)).shownLiterals()
					.forEach((literal, line) -> found.put(file.getFileName() + ": " + literal, SOURCES.relativize(file) + ":" + line));
		}
		Map<String, String> shown = new TreeMap<>(found);
		shown.keySet().removeAll(ALLOWED.keySet());
		assertEquals(Map.of(), shown, "literal texts shown to users: externalize them into the package's messages.properties");
		Set<String> stale = new TreeSet<>(ALLOWED.keySet());
		stale.removeAll(found.keySet());
		assertEquals(Set.of(), stale, "allowed literals that are no longer in the sources");
	}

	/** The scan itself finds what it is meant to, and no more. */
	@Test
	void theScanFindsLiteralTexts() {
		Code code = Code.of("""
				class A extends Job {
					static final Object FAMILY = A.class;
					A() { super("Reading " + x); }
					void f() {
						label.setText("Hello"); // setText("in a comment")
						/* button.setText("&Block comment") */
						MessageDialog.openError(shell, title,
								"Something failed; try again");
						TableColumns.add(table, "Opcode", 70, X.class, x -> x.y());
						field(page, "&Name:", "");
						label.setText(Messages.A_ok);
						label.setText("");
						status.setText(title + ": " + reason);
						String url = "http://example.org/"; // a "quoted" comment
						String block = \"""
								setText("in a text block")
								\""";
						char quote = '"';
						console.println("Done");
					}
				}
				""");
		assertEquals(Map.of("\"Reading \"", 3, "\"Hello\"", 5, "\"Something failed; try again\"", 8, "\"Opcode\"", 9,
				"\"&Name:\"", 10, "\"Done\"", 19), code.shownLiterals());
		assertTrue(code.literals().contains("\"http://example.org/\""), code.literals().toString());
		assertFalse(code.text().contains("comment"), code.text());
	}
}
