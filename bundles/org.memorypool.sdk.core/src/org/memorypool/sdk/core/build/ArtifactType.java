package org.memorypool.sdk.core.build;

/** What a configuration's linker makes; CDT's static libraries (an archiver step) are not supported. */
public enum ArtifactType {
	SHARED_LIBRARY, EXECUTABLE
}
