# Build the Windows bundle: dist\committee-app-VERSION-windows-x86_64.zip, one folder
# committee-app-VERSION\ with committee-app.exe (the desktop app, no console window) and
# committee-app-cli.exe (the commands). Needs 64-bit Python 3.11 or newer from python.org
# (the "py" launcher) and the package index. Run from any folder:
#     powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [--force]
# The build environment, the icons and PyInstaller's work go into build\.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$python = $env:PYTHON
if (-not $python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $python = "py"; $launcherArgs = @("-3") }
    else { $python = "python"; $launcherArgs = @() }
} else { $launcherArgs = @() }

& $python @launcherArgs packaging\build_bundle.py @args
exit $LASTEXITCODE
