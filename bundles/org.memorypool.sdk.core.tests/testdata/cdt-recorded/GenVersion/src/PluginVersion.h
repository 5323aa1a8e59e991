// GenVersion's name, version and author: the one place they are written. main.cpp gives NVSE the name and the
// version; version.rc puts all three in the DLL's version resource (Explorer > Properties > Details, ./sdk inspect,
// ./sdk package). Change the version here before a release.
#pragma once

#define PLUGIN_NAME "GenVersion"
#define PLUGIN_AUTHOR ""
#define PLUGIN_VERSION_MAJOR 1
#define PLUGIN_VERSION_MINOR 0
#define PLUGIN_VERSION_BUILD 0
#define PLUGIN_VERSION_TEXT "1.0.0"
