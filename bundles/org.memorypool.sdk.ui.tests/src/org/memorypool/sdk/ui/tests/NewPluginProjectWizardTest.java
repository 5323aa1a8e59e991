// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.tests.support.WizardDriver;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.wizards.NewPluginProjectWizard;

/** File > New > Project... > Fallout: New Vegas > NVSE Plugin Project, driven as a mod developer would. */
class NewPluginProjectWizardTest {

	private WizardDriver driver;

	private WizardDriver open() throws Exception {
		WizardProjects.switchPerspective("never");
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPluginProjectWizard.ID);
		assertNotNull(descriptor, "the wizard is not registered");
		assertEquals(SdkUi.NEW_WIZARD_CATEGORY, descriptor.getCategory().getId());
		NewPluginProjectWizard wizard = (NewPluginProjectWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		driver = WizardDriver.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		return driver;
	}

	private Text name() {
		return Widgets.byLabel(driver.shell(), Text.class, "Project name:");
	}

	private void type(Text text, String value) {
		text.setText(value);
		Conditions.processEvents();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (driver != null) {
			driver.close();
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	@Test
	void invalidNamesShowTheReasonAndKeepFinishDisabled() throws Exception {
		open();
		assertFalse(driver.canFinish(), "Finish before a name is entered");
		assertNull(driver.errorMessage(), "no error before the user typed anything");
		Screenshots.save("wizard-1-empty");
		ResourcesPlugin.getWorkspace().getRoot().getProject("Taken").create(null);
		for (String bad : List.of("con", "LPT1", "my plugin", "../Escape", "a/b", "9Lives", "Taken")) {
			type(name(), bad);
			assertNotNull(driver.errorMessage(), "no error for '" + bad + "'");
			assertFalse(driver.canFinish(), "Finish enabled for '" + bad + "'");
		}
		type(name(), "con");
		Screenshots.save("wizard-1-reserved-name");
		type(name(), "GoodPlugin");
		assertNull(driver.errorMessage());
		assertTrue(driver.canFinish());
	}

	@Test
	void aBadVersionOnThePluginPageDisablesFinish() throws Exception {
		open();
		type(name(), "VersionCheck");
		driver.next();
		Text version = Widgets.byLabel(driver.shell(), Text.class, "Version:");
		type(version, "1.x");
		assertNotNull(driver.errorMessage());
		assertFalse(driver.canFinish());
		type(version, "1.2.3");
		Text minNvse = Widgets.byLabel(driver.shell(), Text.class, "Minimum NVSE version:");
		type(minNvse, "5.0.0");
		assertNotNull(driver.errorMessage());
		assertFalse(driver.canFinish());
		type(minNvse, "6.3.5");
		assertNull(driver.errorMessage());
		assertTrue(driver.canFinish());
	}

	@Test
	void finishCreatesTheProjectAndOpensMainCpp() throws Exception {
		open();
		type(name(), "MyFirstPlugin");
		driver.next();
		assertEquals("plugin", driver.currentPage().getName());
		assertEquals("MyFirstPlugin", Widgets.byLabel(driver.shell(), Text.class, "Display name:").getText());
		type(Widgets.byLabel(driver.shell(), Text.class, "Author:"), "Courier Six");
		Button ci = Widgets.find(driver.shell(), Button.class, b -> b.getText().contains("GitHub Actions workflow"), "CI workflow");
		assertFalse(ci.getSelection(), "the CI workflow is asked for, not given");
		ci.setSelection(true);
		Screenshots.save("wizard-2-plugin");
		driver.next();
		assertEquals("messages", driver.currentPage().getName());
		Table messages = Widgets.find(driver.shell(), Table.class, t -> t.getItemCount() > 0, "of messages");
		assertTrue(messages.getItemCount() >= 10);
		assertTrue(Widgets.find(driver.shell(), Button.class, b -> b.getText().startsWith("&Use MemoryPool"), "Use MemoryPool").getSelection());
		Screenshots.save("wizard-3-messages");
		driver.finish();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("MyFirstPlugin");
		assertTrue(project.isOpen());
		Path folder = project.getLocation().toPath();
		for (String file : List.of(".project", ".cproject", "exports.def", "src/main.cpp", "include/MemoryPool.h", "include/nvse_plugin.h")) {
			assertTrue(Files.isRegularFile(folder.resolve(file)), file + " missing");
		}
		assertTrue(List.of(project.getDescription().getNatureIds()).contains("org.eclipse.cdt.core.ccnature"), "CDT's C++ nature");
		assertTrue(Files.readString(folder.resolve("src/main.cpp")).contains("Courier Six"));
		assertTrue(Files.readString(folder.resolve(".github/workflows/build.yml")).contains(
				"run: memorypool-sdk/sdk inspect plugin/Release/MyFirstPlugin.dll"), "the CI workflow ./sdk new --ci writes");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "no editor open after Finish");
		assertEquals("main.cpp", editor.getTitle());
		Screenshots.save("wizard-4-created");
	}

	/**
	 * The commands page: the two example commands on the development base (with its warning), a bad base refused,
	 * an assigned base taken, a command removed, the co-save asked for; the project gets exactly that.
	 */
	@Test
	void theCommandsPageSetsTheBaseTheCommandsAndTheCoSave() throws Exception {
		open();
		type(name(), "CmdTest");
		driver.next();
		driver.next();
		driver.next();
		assertEquals("commands", driver.currentPage().getName());
		Table commands = Widgets.find(driver.shell(), Table.class, t -> t.getData("org.memorypool.sdk.ui.wizards.commands") != null,
				"of commands");
		assertEquals(2, commands.getItemCount());
		assertEquals("0x2000", commands.getItem(0).getText(0));
		assertEquals("CmdTestGetVersion", commands.getItem(0).getText(1));
		assertEquals("0x2001", commands.getItem(1).getText(0));
		assertEquals("float a, float b", commands.getItem(1).getText(2));
		assertTrue(driver.currentPage().getMessage().startsWith("0x2000 is xNVSE's development base"),
				driver.currentPage().getMessage());
		Screenshots.save("wizard-4-commands");

		Text base = Widgets.byLabel(driver.shell(), Text.class, "Opcode base:");
		type(base, "0x1000");
		assertTrue(driver.errorMessage().startsWith("The opcode base 0x1000 is outside 0x2000-0x7FFF"), driver.errorMessage());
		assertFalse(driver.canFinish());
		type(base, "0x3A00");
		assertNull(driver.errorMessage());
		assertEquals("0x3A01", commands.getItem(1).getText(0));

		commands.setSelection(1);
		Widgets.find(driver.shell(), Button.class, b -> b.getText().equals("&Remove"), "Remove").notifyListeners(
				org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Conditions.processEvents();
		assertEquals(1, commands.getItemCount());
		Button coSave = Widgets.find(driver.shell(), Button.class, b -> b.getText().contains("co-save"), "co-save");
		coSave.setSelection(true);
		coSave.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		driver.shell().update();
		Conditions.processEvents();
		Screenshots.save("wizard-4-commands-edited");
		driver.finish();

		Path folder = ResourcesPlugin.getWorkspace().getRoot().getProject("CmdTest").getLocation().toPath();
		assertTrue(Files.readString(folder.resolve("nvse-opcodes.txt")).endsWith("range 0x3A00-0x3AFF\n0x3A00 CmdTestGetVersion\n"));
		assertTrue(Files.readString(folder.resolve("src/Commands.cpp")).contains("constexpr UInt32 kOpcodeBase = 0x3A00;"));
		assertTrue(Files.isRegularFile(folder.resolve("src/CoSave.cpp")));
	}
}
