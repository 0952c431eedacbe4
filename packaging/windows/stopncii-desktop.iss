; Inno Setup script of the Windows installer: a per-user install that needs no administrator.
; Built by .github/workflows/release.yml after packaging/build_bundle.py:
;     iscc /DAppVersion=0.1.0 packaging\windows\stopncii-desktop.iss
; The app goes to %LOCALAPPDATA%\Programs\StopNCII Desktop, with a Start menu entry; the
; uninstaller removes both. Nothing is written outside the user's own folders.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#define AppName "StopNCII Desktop"
#define Bundle "..\..\build\bundle\stopncii-desktop"

[Setup]
AppId={{6C3F8A52-5E0B-4C1A-9D7E-2B8F4A6D1C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=stopncii-desktop contributors
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=stopncii-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\stopncii-desktop.ico
UninstallDisplayIcon={app}\stopncii-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
TimeStampsInUTC=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\stopncii-desktop.exe"

[Run]
Filename: "{app}\stopncii-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
