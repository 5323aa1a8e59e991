// {{displayName}}'s name, version and author: the one place they are written. main.cpp gives NVSE the name and the
// version; version.rc puts all three in the DLL's version resource (Explorer > Properties > Details, ./sdk inspect,
// ./sdk package). Change the version here before a release.
#pragma once

#define PLUGIN_NAME "{{displayName}}"
#define PLUGIN_AUTHOR "{{author}}"
#define PLUGIN_VERSION_MAJOR {{versionMajor}}
#define PLUGIN_VERSION_MINOR {{versionMinor}}
#define PLUGIN_VERSION_BUILD {{versionBuild}}
#define PLUGIN_VERSION_TEXT "{{version}}"
