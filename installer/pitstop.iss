; Inno Setup 6.3+ script: the Windows installer of Pitstop CRM.
;
; Build the one-folder program first (on Windows, same spec as on Linux):
;     .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\pitstop.spec
; then, from the repository root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\pitstop.iss
; which writes dist\pitstop-crm-0.1.0-setup.exe. See installer/README.md.
;
; The setup asks whether to install for the current user (no administrator rights,
; into %LOCALAPPDATA%\Programs) or for all users (Program Files). The shop's data
; (%LOCALAPPDATA%\Pitstop\PitstopCRM: the database, backups, logs) is not part of
; the installation: uninstalling keeps it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pitstop CRM"
#define AppExe "pitstop.exe"
; Romanian is not among the translations Inno Setup ships: it is an unofficial
; one (https://jrsoftware.org/files/istrans/), used when Romanian.isl is put
; beside this script, otherwise the setup is built without it.
#define HaveRomanian FileExists(AddBackslash(SourcePath) + "Romanian.isl")

[Setup]
AppId={{F98443B0-969B-43CF-B6DC-9CD9037390B0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pitstop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=pitstop-crm-{#AppVersion}-setup
SetupIconFile=resources\icons\pitstop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
#if HaveRomanian
Name: "romanian"; MessagesFile: "installer\Romanian.isl"
#endif

[CustomMessages]
english.AppComment=Clients, cars, visits, reminders and reports of an auto service shop
ukrainian.AppComment=Клієнти, автомобілі, візити, нагадування та звіти автосервісу
russian.AppComment=Клиенты, автомобили, визиты, напоминания и отчёты автосервиса
#if HaveRomanian
romanian.AppComment=Clienți, mașini, vizite, mementouri și rapoarte ale unui service auto
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; pitstop.exe (the window), pitstop-cli.exe (the commands, for a console) and _internal\.
Source: "dist\pitstop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle whole: files an older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
