// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A text column of a table whose rows are all of one type. */
public final class TableColumns {

	private TableColumns() {
	}

	/**
	 * Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row.
	 *
	 * @param rowType the type of the table's rows
	 */
	public static <T> void add(TableViewer table, String title, int width, Class<T> rowType, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}
		});
	}
}
