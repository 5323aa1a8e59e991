// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

/** MemoryPool.h as a read-only editor input: the SDK's copy is the API's description and must not be edited. */
final class HeaderEditorInput extends PlatformObject implements IStorageEditorInput {

	private final Path header;

	HeaderEditorInput(Path header) {
		this.header = header;
	}

	@Override
	public IStorage getStorage() {
		return new Storage();
	}

	@Override
	public boolean exists() {
		return Files.exists(header);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return header.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.HeaderEditorInput_tooltip, header);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HeaderEditorInput input && input.header.equals(header);
	}

	@Override
	public int hashCode() {
		return header.hashCode();
	}

	private final class Storage extends PlatformObject implements IStorage {

		@Override
		public InputStream getContents() throws CoreException {
			try {
				return Files.newInputStream(header);
			} catch (IOException e) {
				throw new CoreException(Status.error(NLS.bind(Messages.HeaderEditorInput_cannotRead, header, e.getMessage()), e));
			}
		}

		@Override
		public IPath getFullPath() {
			return IPath.fromOSString(header.toString());
		}

		@Override
		public String getName() {
			return HeaderEditorInput.this.getName();
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}
	}
}
