// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.memorypool.sdk.core.project.ProjectException;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;
import org.memorypool.sdk.core.project.ProjectValidator;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/**
 * File > New > Project... > Fallout: New Vegas > NVSE Plugin Project. Collects the choices; the core's
 * ProjectGenerator writes the project, which then joins the workspace with src/main.cpp open, and the workbench offers
 * the NVSE Plugin Development perspective (the wizard's finalPerspective in plugin.xml), as the IDE's preference on
 * switching perspectives after a new project says.
 */
public final class NewPluginProjectWizard extends Wizard implements INewWizard, IExecutableExtension {

	public static final String ID = "org.memorypool.sdk.ui.wizards.NewPluginProject";

	private final ProjectPage projectPage = new ProjectPage();
	private final PluginPage pluginPage = new PluginPage();
	private final MessagesPage messagesPage = new MessagesPage();
	private final CommandsPage commandsPage = new CommandsPage();
	private IWorkbench workbench;
	/** The wizard's element in plugin.xml, which names its perspective; null when not created by the registry. */
	private IConfigurationElement configuration;

	public NewPluginProjectWizard() {
		setWindowTitle(Messages.NewPluginProjectWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configuration = config;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		addPage(projectPage);
		addPage(pluginPage);
		addPage(messagesPage);
		addPage(commandsPage);
	}

	String projectName() {
		return projectPage.projectName();
	}

	ProjectSpec spec() {
		String displayName = pluginPage.displayName().isEmpty() ? projectName() : pluginPage.displayName();
		return new ProjectSpec(projectName(), projectPage.parentFolder(), displayName, pluginPage.version(), pluginPage.author(),
				pluginPage.minNvse(), messagesPage.messages(), messagesPage.useMemoryPool(),
				SdkPreferences.store().getString(SdkPreferences.TOOLCHAIN_PREFIX), SdkPreferences.store().getString(SdkPreferences.TOOLCHAIN_PATH),
				commandsPage.opcodeBase(), commandsPage.commands(projectName()), commandsPage.coSave(),
				commandsPage.eventHandler()).withCiWorkflow(pluginPage.ciWorkflow());
	}

	@Override
	public boolean performFinish() {
		ProjectSpec spec = spec();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Optional<String> problem = ProjectValidator.problem(spec, name -> workspace.getRoot().getProject(name).exists());
		if (problem.isPresent()) {
			currentPage().setErrorMessage(problem.get());
			return false;
		}
		IProject project = workspace.getRoot().getProject(spec.name());
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					SubMonitor progress = SubMonitor.convert(monitor,
							NLS.bind(Messages.NewPluginProjectWizard_creating, spec.name()), 3);
					Path folder;
					try {
						folder = new ProjectGenerator(RuntimeFiles.header(), RuntimeFiles.nvseHeader()).generate(spec);
					} catch (ProjectException e) {
						throw new InvocationTargetException(e);
					}
					progress.worked(1);
					// The generated .project carries CDT's natures and builders: the workspace takes it as it is.
					IProjectDescription description = workspace.loadProjectDescription(IPath.fromPath(folder.resolve(".project")));
					Path defaultFolder = workspace.getRoot().getLocation().toPath().resolve(spec.name());
					description.setLocation(folder.equals(defaultFolder) ? null : IPath.fromPath(folder));
					project.create(description, progress.split(1));
					project.open(progress.split(1));
				}
			});
		} catch (InvocationTargetException e) {
			// The wizard stays open with the reason on its page, where the user can change what caused it; the Error
			// Log keeps it with its cause (e.g. the workspace's CoreException and its stack).
			Throwable cause = e.getCause();
			String message = NLS.bind(Messages.NewPluginProjectWizard_notCreated, cause.getMessage());
			currentPage().setErrorMessage(message);
			StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, message, cause), StatusManager.LOG);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (configuration != null) {
			// Switches to (or asks about) the perspective of plugin.xml's finalPerspective, as new-project wizards do.
			BasicNewProjectResourceWizard.updatePerspective(configuration);
		}
		openMainSource(project.getFile("src/main.cpp"));
		return true;
	}

	private WizardPage currentPage() {
		return (WizardPage) getContainer().getCurrentPage();
	}

	private void openMainSource(IFile main) {
		IWorkbench bench = workbench != null ? workbench : PlatformUI.getWorkbench();
		try {
			IDE.openEditor(bench.getActiveWorkbenchWindow().getActivePage(), main);
		} catch (PartInitException e) {
			// The project exists; failing to open an editor is not worth undoing it.
			StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID,
					NLS.bind(Messages.NewPluginProjectWizard_cannotOpen, main.getFullPath(), e.getMessage()), e),
					StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
