@echo off
rem SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
rem SPDX-License-Identifier: MIT
rem The MemoryPool SDK's command line on Windows: the commands of ./sdk that the SDK core runs (new, build, clean,
rem inspect, api, deploy, package, install, doctor, logs, run, monitor, symbolize, help), started from the SDK as
rem installed into an Eclipse IDE: set MEMORYPOOL_ECLIPSE to the folder that holds eclipse.exe. Without it, a build
rem of this repository beside this script is used (update-site\target\repository, as ./sdk test leaves it).
rem Needs a JDK or JRE 21 or newer: JAVA_HOME, else java.exe on PATH. ./sdk test and ./sdk ide run on Linux only.
setlocal EnableExtensions
set "ROOT=%~dp0"

if /i "%~1"=="test" goto linux_only
if /i "%~1"=="ide" goto linux_only

if defined JAVA_HOME goto java_home
where java.exe >nul 2>nul || goto no_java
set "JAVA=java.exe"
goto find_sdk
:java_home
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto bad_java_home

:find_sdk
if defined MEMORYPOOL_ECLIPSE goto installed
if exist "%ROOT%update-site\target\repository\plugins\" goto built
goto no_sdk

:installed
set "PLUGINS=%MEMORYPOOL_ECLIPSE%\plugins"
if not exist "%PLUGINS%\" goto bad_eclipse
set "RUNTIME="
rem The runtime bundle is installed unpacked: its DLLs are deployed from there.
rem Listed from inside the folder: a path in a for /f command must not hold ")" (C:\Program Files (x86)).
pushd "%PLUGINS%"
for /f "delims=" %%d in ('dir /b /o:n /a:d org.memorypool.sdk.runtime_* 2^>nul') do set "RUNTIME=%PLUGINS%\%%d\runtime"
popd
if not defined RUNTIME goto bad_eclipse
set "HEADER=%RUNTIME%\include\MemoryPool.h"
set "PLUGIN=%RUNTIME%\win32\x86\MemoryPoolNVSE.dll"
set "JEMALLOC=%RUNTIME%\win32\x86\jemalloc.dll"
goto jars

:built
set "PLUGINS=%ROOT%update-site\target\repository\plugins"
set "HEADER=%ROOT%native-plugin\include\MemoryPool.h"
set "PLUGIN=%ROOT%native-plugin\Release\MemoryPoolNVSE.dll"
set "JEMALLOC=%ROOT%native-plugin\target\dist\jemalloc.dll"

:jars
set "CORE="
set "GSON="
rem Several versions side by side (an update kept the old one): the last in name order, the newest qualifier
rem (dir sorts; a plain for loop lists in the file system's order).
pushd "%PLUGINS%"
for /f "delims=" %%f in ('dir /b /o:n org.memorypool.sdk.core_*.jar 2^>nul') do set "CORE=%PLUGINS%\%%f"
for /f "delims=" %%f in ('dir /b /o:n com.google.gson_*.jar 2^>nul') do set "GSON=%PLUGINS%\%%f"
popd
if not defined CORE goto no_core
if not defined GSON goto no_core

"%JAVA%" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dmemorypool.header=%HEADER%" "-Dmemorypool.plugin=%PLUGIN%" "-Dmemorypool.jemalloc=%JEMALLOC%" -cp "%CORE%;%GSON%" org.memorypool.sdk.core.cli.SdkCommandLine %*
exit /b %ERRORLEVEL%

:linux_only
>&2 echo sdk: %~1 runs on Linux only ^(it needs Xvfb, Wine and Debian's packages^): on Windows, install the SDK into Eclipse from its update site
exit /b 2
:no_java
>&2 echo sdk: no java.exe on PATH and JAVA_HOME is not set: install a JDK 21 or newer, e.g. Temurin 21, and set JAVA_HOME to it
exit /b 2
:bad_java_home
>&2 echo sdk: JAVA_HOME=%JAVA_HOME% has no bin\java.exe: set JAVA_HOME to a JDK 21 or newer
exit /b 2
:no_sdk
>&2 echo sdk: set MEMORYPOOL_ECLIPSE to the folder of the Eclipse IDE the SDK is installed in ^(the one that holds eclipse.exe^)
exit /b 2
:bad_eclipse
>&2 echo sdk: MEMORYPOOL_ECLIPSE=%MEMORYPOOL_ECLIPSE% holds no installed MemoryPool SDK ^(no plugins\org.memorypool.sdk.runtime_* folder^): install the SDK into that Eclipse from its update site, or set MEMORYPOOL_ECLIPSE to the Eclipse it is in
exit /b 2
:no_core
>&2 echo sdk: %PLUGINS% has no org.memorypool.sdk.core_*.jar or com.google.gson_*.jar: install the SDK again
exit /b 2
