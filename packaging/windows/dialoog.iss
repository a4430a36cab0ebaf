; Inno Setup script for a Windows installer of the one-folder build.
; 1. python packaging\build.py        (on Windows: builds dist\dialoog\, icons in build\icons)
; 2. iscc /DAppVersion=0.1.0 packaging\windows\dialoog.iss
; → dist\dialoog-0.1.0-setup.exe. Installs per user (no administrator rights needed).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6D1A7A4E-2F0B-4C53-9D7E-44494C470001}
AppName=Dialoog
AppVersion={#AppVersion}
AppPublisher=Dialoog
DefaultDirName={localappdata}\Programs\Dialoog
DefaultGroupName=Dialoog
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=dialoog-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\dialoog.ico
UninstallDisplayIcon={app}\dialoog.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\dialoog\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Dialoog"; Filename: "{app}\dialoog.exe"
Name: "{userdesktop}\Dialoog"; Filename: "{app}\dialoog.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\dialoog.exe"; Description: "{cm:LaunchProgram,Dialoog}"; Flags: nowait postinstall skipifsilent
