// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.memorypool.sdk.core.api.ApiFunction;
import org.memorypool.sdk.core.api.ApiHeaderParser;
import org.memorypool.sdk.core.api.ApiModel;
import org.memorypool.sdk.core.api.ApiParameter;
import org.memorypool.sdk.core.api.ApiParseException;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.TableColumns;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/**
 * Window > Show View > Fallout: New Vegas > MemoryPool API: every function MemoryPool.h declares, its
 * documentation, and actions to use it in the editor at hand; below, the runtime in the configured game folder and the
 * selected project's script commands. Everything it shows from disk is read in jobs ({@link DiskRead}), never on the UI
 * thread; each part says it is reading meanwhile.
 */
public final class ApiView extends ViewPart {

	public static final String ID = "org.memorypool.sdk.ui.api.ApiView";
	/** Data keys of controls, for tests. */
	public static final String FILTER = ID + ".filter";
	public static final String TABLE = ID + ".table";
	public static final String DETAILS = ID + ".details";
	public static final String ERROR = ID + ".error";
	/** The family of the view's reads from disk ({@link DiskRead}): MemoryPool.h, the game folder, the opcode ledger. */
	public static final Object READS = new Object();
	/** Held by the read of MemoryPool.h; tests hold it to see the view while it reads. */
	public static final ISchedulingRule HEADER_READS = new DiskRead.Kind();

	private Path header;
	private Text filter;
	private TableViewer table;
	private Text details;
	private Label error;
	private Composite stack;
	private SashForm list;
	private RuntimeStateSection runtime;
	private ScriptCommandsSection commands;
	/** The last read of the header asked for: an older one's result, arriving later, is dropped. */
	private int headerRead;
	private final Action insertCall = action(Messages.ApiView_insertCall, Messages.ApiView_insertCallTooltip, this::insertCall);
	private final Action copySignature = action(Messages.ApiView_copySignature, Messages.ApiView_copySignatureTooltip,
			this::copySignature);
	private final Action openHeader = action(Messages.ApiView_openHeader, Messages.ApiView_openHeaderTooltip, this::openHeader);
	private final Action refresh = action(Messages.ApiView_refresh, Messages.ApiView_refreshTooltip, this::refresh);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.ApiView_filter);
		filter.setData(FILTER, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> table.refresh());

		SashForm split = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		stack = new Composite(split, SWT.NONE);
		stack.setLayout(new StackLayout());
		error = new Label(stack, SWT.WRAP);
		error.setData(ERROR, Boolean.TRUE);
		list = new SashForm(stack, SWT.HORIZONTAL);
		createTable(list);
		details = new Text(list, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setData(DETAILS, Boolean.TRUE);
		list.setWeights(2, 3);

		runtime = new RuntimeStateSection(split);
		commands = new ScriptCommandsSection(split);
		split.setWeights(3, 1, 1);
		getSite().getPage().addPostSelectionListener(commands);
		commands.selectionChanged(getSite().getPage().getActivePart(), getSite().getPage().getSelection());

		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		insertCall.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		copySignature.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		openHeader.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
		IActionBars bars = getViewSite().getActionBars();
		List.of(insertCall, copySignature, openHeader).forEach(bars.getToolBarManager()::add);
		List.of(insertCall, copySignature, openHeader, refresh).forEach(bars.getMenuManager()::add);
		refresh();
	}

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setData(TABLE, Boolean.TRUE);
		TableColumns.add(table, Messages.ApiView_function, 200, ApiFunction.class, f -> f.name());
		TableColumns.add(table, Messages.ApiView_returns, 90, ApiFunction.class, f -> f.returnType());
		TableColumns.add(table, Messages.ApiView_since, 50, ApiFunction.class, f -> f.since());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				String text = filter.getText().strip().toLowerCase();
				ApiFunction f = (ApiFunction) element;
				return text.isEmpty() || f.name().toLowerCase().contains(text) || f.summary().toLowerCase().contains(text);
			}
		});
		table.addSelectionChangedListener(e -> showDetails());
		table.addDoubleClickListener(e -> insertCall());
		getSite().setSelectionProvider(table);
	}

	/**
	 * Shows the API of {@code header} and the runtime state, both read in jobs; meanwhile the view says it is reading.
	 * A header that cannot be parsed shows its error.
	 */
	public void load(Path header) {
		read(() -> header);
	}

	/** What a read of the header found: its functions, or why there are none. */
	private record HeaderRead(Path header, ApiModel model, String error, Exception cause) {
	}

	private void read(Supplier<Path> headerFile) {
		int read = ++headerRead;
		setContentDescription(Messages.ApiView_reading);
		Display display = stack.getDisplay();
		new DiskRead(Messages.ApiView_readingJob, HEADER_READS, () -> {
			HeaderRead result = parse(headerFile);
			DiskRead.inUi(display, () -> show(read, result));
		}).schedule();
		runtime.refresh();
	}

	/** In the job: the bundle's file may have to be extracted, and the header is read and parsed. */
	private static HeaderRead parse(Supplier<Path> headerFile) {
		Path file = null;
		try {
			file = headerFile.get();
			return new HeaderRead(file, ApiHeaderParser.parse(file), null, null);
		} catch (ApiParseException e) {
			return new HeaderRead(file, null, NLS.bind(Messages.ApiView_notAnApi, e.getMessage()), e);
		} catch (IOException e) {
			return new HeaderRead(file, null, NLS.bind(Messages.ApiView_cannotRead, file, e.getMessage()), e);
		} catch (IllegalStateException | UncheckedIOException e) {
			// RuntimeFiles: the runtime bundle is missing or its file cannot be extracted.
			return new HeaderRead(file, null, e.getMessage(), e);
		}
	}

	private void show(int read, HeaderRead result) {
		if (stack.isDisposed() || read != headerRead) {
			return; // the view closed, or a newer read shows its own result
		}
		header = result.header();
		StackLayout layout = (StackLayout) stack.getLayout();
		if (result.model() != null) {
			table.setInput(result.model().functions());
			layout.topControl = list;
			setContentDescription(NLS.bind(Messages.ApiView_functionsIn, result.model().functions().size(), header));
		} else {
			showError(result.error(), result.cause());
		}
		stack.layout();
		showDetails();
	}

	/**
	 * The view shows why it has no API; the Error Log keeps it with its cause (the header the SDK ships should always
	 * parse: a failure means a broken installation).
	 */
	private void showError(String message, Exception cause) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, message, cause), StatusManager.LOG);
		table.setInput(List.of());
		error.setText(message);
		((StackLayout) stack.getLayout()).topControl = error;
		setContentDescription("");
	}

	private void refresh() {
		read(RuntimeFiles::header);
	}

	private ApiFunction selected() {
		return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof ApiFunction f ? f : null;
	}

	private void showDetails() {
		ApiFunction f = selected();
		boolean any = f != null;
		insertCall.setEnabled(any);
		copySignature.setEnabled(any);
		openHeader.setEnabled(header != null);
		details.setText(any ? details(f) : "");
	}

	private static String details(ApiFunction f) {
		StringBuilder text = new StringBuilder(f.signature()).append("\n\n").append(f.summary()).append("\n");
		for (ApiParameter p : f.parameters()) {
			text.append("\n").append(p.name()).append(": ").append(p.doc());
		}
		section(text, Messages.ApiView_returns, f.returns());
		section(text, Messages.ApiView_ownership, f.ownership());
		section(text, Messages.ApiView_threadSafety, f.threadSafety());
		section(text, Messages.ApiView_since, f.since());
		return text.toString();
	}

	private static void section(StringBuilder text, String title, String value) {
		if (!value.isEmpty()) {
			text.append("\n\n").append(title).append(": ").append(value);
		}
	}

	/** Inserts the selected function's call into the active editor; problems go to the status line. */
	public void insertCall() {
		ApiFunction f = selected();
		if (f == null) {
			return;
		}
		String problem = EditorInsertion.insertCall(getSite().getPage().getActiveEditor(), f);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
	}

	private void copySignature() {
		ApiFunction f = selected();
		if (f != null) {
			Clipboard clipboard = new Clipboard(table.getControl().getDisplay());
			try {
				clipboard.setContents(new Object[] { f.signature() + ";" }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
	}

	private void openHeader() {
		try {
			getSite().getPage().openEditor(new HeaderEditorInput(header), "org.eclipse.ui.DefaultTextEditor");
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID,
					NLS.bind(Messages.ApiView_cannotOpen, header, e.getMessage()), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text, IAction.AS_PUSH_BUTTON) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(commands);
		super.dispose();
	}
}
