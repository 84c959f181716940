; Inno Setup 6 script: CoachDesk for one user (no administrator rights), with a start-menu
; entry and an uninstaller that keeps the coach's data.
;
; Do not compile this file directly: `packaging\build.py --installer` builds the bundle, then
; writes a small script with the defines below, made from pyproject.toml (the one source of
; the version; packaging/versioning.py), that includes this one, and runs ISCC on it.
; The installer is written to dist\CoachDesk-<version>-windows-setup.exe.
;
; Where things go:
;   program   %LOCALAPPDATA%\Programs\CoachDesk         (removed by the uninstaller)
;   data      %LOCALAPPDATA%\CoachDesk                  (database, backups, settings; Logs\ inside)
; The uninstaller removes only what it installed, so the data folder stays: a coach who
; reinstalls, or moves to a new version, finds her database where she left it.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible)
#endif
#ifndef AppVersion
  #error AppVersion is not defined: build with packaging\build.py --installer
#endif
; Also defined by the build (packaging/versioning.py, iss_defines): AppVersionNumeric,
; BundleDir (dist\CoachDesk), RepoDir (the repository), OutputDir, OutputBaseName.
#define AppName "CoachDesk"

[Setup]
; The AppId identifies CoachDesk for updates and the uninstaller: never change it.
AppId={{6C1D2B8E-4F53-4E0B-9C55-2B7F0E3A9D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CoachDesk
VersionInfoVersion={#AppVersionNumeric}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\CoachDesk.exe
UninstallDisplayName={#AppName}
SetupIconFile={#RepoDir}\resources\icons\coachdesk.ico
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running CoachDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DesktopIcon=Snelkoppeling op het bureaublad
en.DesktopIcon=Shortcut on the desktop
nl.LaunchNow=CoachDesk nu starten
en.LaunchNow=Start CoachDesk now

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder's libraries, never the user's data (which lives elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\CoachDesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\CoachDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\CoachDesk.exe"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: %LOCALAPPDATA%\CoachDesk (database, backups,
; settings, logs) is not the program's to remove.
