<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/ui/format.py" line="+67"/>
        <source>Owner</source>
        <translation>Proprietar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+177"/>
        <source>Login</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New account...</source>
        <translation>Cont nou...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>Setează parola...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Schimbă rolul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off / on</source>
        <translation>Dezactivează / activează</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>dezactivat</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location line="-126"/>
        <source>New account</source>
        <translation>Cont nou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Parola din nou</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <location filename="../../app/ui/visits/book.py" line="+113"/>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Săptămână</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation>Mai devreme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Mai târziu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment</source>
        <translation>Programare nouă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete...</source>
        <translation>Finalizează...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The car is here: log the work done (Enter)</source>
        <translation>Mașina a sosit: înregistrați lucrările efectuate (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit...</source>
        <translation>Modifică...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation>Marchează ca anulată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-show</source>
        <translation>Marchează neprezentarea</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n vizită</numerusform>
            <numerusform>%n vizite</numerusform>
            <numerusform>%n de vizite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planificată</numerusform>
            <numerusform>%n planificate</numerusform>
            <numerusform>%n de planificate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="+32"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit line</source>
        <translation>Rând de vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiry</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>creat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>șters</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location line="-76"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Înregistrat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Recomandat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Data plecării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reason</source>
        <translation>Motivul plecării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn note</source>
        <translation>Notă la plecare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Marcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Nr. înmatriculare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Data și ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Kilometraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Mecanic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Părerea clientului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage note</source>
        <translation>Notă la kilometraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (thousandths)</source>
        <translation>Cantitate (miimi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (minor units)</source>
        <translation>Preț (subunități)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Data memento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due mileage</source>
        <translation>Kilometraj memento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Creat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Efectuat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until</source>
        <translation>Amânat până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>Primit la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+106"/>
        <source>Client number</source>
        <translation>Numărul clientului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older...</source>
        <translation>Mai vechi...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only client</source>
        <translation>Doar clientul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of changes</source>
        <translation>Istoricul modificărilor</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modificare afișată</numerusform>
            <numerusform>%n modificări afișate</numerusform>
            <numerusform>%n de modificări afișate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="+48"/>
        <source>Open folder</source>
        <translation>Deschide dosarul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Fă o copie acum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore...</source>
        <translation>Restaurează...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy is made every day while Pitstop runs; kept are the last 7 days, 4 weeks and 12 months. Copy the folder to another disk now and then.</source>
        <translation>O copie se face zilnic cât timp Pitstop rulează; se păstrează copiile din ultimele 7 zile, 4 săptămâni și 12 luni. Copiați din când în când dosarul pe alt disc.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database is on a PostgreSQL server: back it up with pg_dump there.</source>
        <translation>Baza de date este pe un server PostgreSQL: faceți copii de rezervă acolo cu pg_dump.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: {0}</source>
        <translation>Dosarul copiilor de rezervă: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily copy: {0}</source>
        <translation>Copie zilnică: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other copy: {0}</source>
        <translation>Altă copie: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up to {0}</source>
        <translation>Copie salvată în {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Restaurare dintr-o copie de rezervă</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Pitstop databases (*.db);;All files (*)</source>
        <translation>Baze de date Pitstop (*.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All data in the database will be replaced by the data in
{0}.

A copy of the current data is kept in the backups folder first. Pitstop closes afterwards; start it again.

Replace the data?</source>
        <translation>Toate datele din baza de date vor fi înlocuite cu datele din
{0}.

Mai întâi, o copie a datelor actuale se păstrează în dosarul copiilor de rezervă. Apoi Pitstop se închide; porniți-l din nou.

Înlocuiți datele?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data it held before is kept in {0}.</source>
        <translation>Datele anterioare sunt păstrate în {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {0}.</source>
        <translation>Baza de date a fost restaurată din {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored</source>
        <translation>Restaurare reușită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitstop closes now; start it again.</source>
        <translation>Pitstop se închide acum; porniți-l din nou.</translation>
    </message>
</context>
<context>
    <name>BarPlot</name>
    <message numerus="yes">
        <location filename="../../app/ui/reports/bar_plot.py" line="+104"/>
        <source>The first %n of %1 rows</source>
        <translation>
            <numerusform>Se afișează %n rând din %1</numerusform>
            <numerusform>Se afișează %n rânduri din %1</numerusform>
            <numerusform>Se afișează %n de rânduri din %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../app/ui/reports/busy.py" line="+19"/>
        <source>Computing...</source>
        <translation>Se calculează...</translation>
    </message>
</context>
<context>
    <name>CarFields</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="+37"/>
        <source>AA 1234 BC</source>
        <translation>AA 1234 BC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>17 characters</source>
        <translation>17 caractere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Marcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Nr. înmatriculare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
</context>
<context>
    <name>CarsView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="+119"/>
        <source>Make</source>
        <translation>Marcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Nr. înmatriculare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage now</source>
        <translation>Kilometraj acum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a car...</source>
        <translation>Adaugă o mașină...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit car...</source>
        <translation>Modifică mașina...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>≈ {0} km now</source>
        <translation>≈ {0} km acum</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../app/ui/settings/editor.py" line="+50"/>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new one from the form</source>
        <translation>Adaugă un element nou din formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form over the chosen line</source>
        <translation>Scrie formularul peste rândul selectat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/ui/reports/chart_panel.py" line="+72"/>
        <source>Nothing in this period</source>
        <translation>Nimic în această perioadă</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../app/ui/clients/card.py" line="+82"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit details...</source>
        <translation>Modifică datele...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Vizită nouă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as departed...</source>
        <translation>Marchează ca plecat...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>A revenit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with...</source>
        <translation>Unește cu...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New reminder...</source>
        <translation>Memento nou...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>client since {0}</source>
        <translation>client din {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>came from: {0}</source>
        <translation>sursă: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred by {0} →</source>
        <translation>Recomandat de {0} →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits ({0})</source>
        <translation>Vizite ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars ({0})</source>
        <translation>Mașini ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders ({0})</source>
        <translation>Mementouri ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients ({0})</source>
        <translation>Clienți recomandați ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departed on {0}: {1}</source>
        <translation>Plecat pe {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow contact</source>
        <translation>Permite contactul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact...</source>
        <translation>Nu contacta...</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_dialog.py" line="+56"/>
        <source>Edit client</source>
        <translation>Modifică clientul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>050 123 45 67</source>
        <translation>050 123 45 67</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known)</source>
        <translation>(necunoscut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Recomandat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First car (may be left empty)</source>
        <translation>Prima mașină (poate rămâne necompletată)</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="+96"/>
        <source>Loading...</source>
        <translation>Se încarcă...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add to call list</source>
        <translation>Adaugă la lista de apeluri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder to call each selected client (all when none)</source>
        <translation>Un memento de apel pentru fiecare client selectat (toți, dacă nu e selectat niciunul)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder note:</source>
        <translation>Nota mementoului:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call on:</source>
        <translation>Data apelului:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding...</source>
        <translation>Se adaugă...</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Added %n reminder(s).</source>
        <translation>
            <numerusform>S-a adăugat %n memento.</numerusform>
            <numerusform>S-au adăugat %n mementouri.</numerusform>
            <numerusform>S-au adăugat %n de mementouri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who asked not to be contacted.</source>
        <translation>
            <numerusform>S-a omis %n client care a cerut să nu fie contactat.</numerusform>
            <numerusform>S-au omis %n clienți care au cerut să nu fie contactați.</numerusform>
            <numerusform>S-au omis %n de clienți care au cerut să nu fie contactați.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who left.</source>
        <translation>
            <numerusform>S-a omis %n client plecat.</numerusform>
            <numerusform>S-au omis %n clienți plecați.</numerusform>
            <numerusform>S-au omis %n de clienți plecați.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/clients/picker.py" line="+45"/>
        <source>Type part of a name, phone or plate</source>
        <translation>Tastați o parte din nume, telefon sau nr. de înmatriculare</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/client_picker.py" line="+33"/>
        <source>Name, phone or plate</source>
        <translation>Nume, telefon sau nr. de înmatriculare</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/table_model.py" line="+60"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plates</source>
        <translation>Nr. înmatriculare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Ultima vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Marcaje</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>do not contact</source>
        <translation>nu contacta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>plecat</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="-110"/>
        <source>do not contact</source>
        <translation>nu contacta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on %1</source>
        <translation>plecat pe %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/page.py" line="+44"/>
        <source>Search by name, phone or plate (Ctrl+F)</source>
        <translation>Căutare după nume, telefon sau nr. de înmatriculare (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All clients</source>
        <translation>Toți clienții</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (a visit in the last year)</source>
        <translation>Activi (o vizită în ultimul an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost regulars</source>
        <translation>Clienți fideli pierduți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Plecați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client (Ctrl+N)</source>
        <translation>Client nou (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {0} clients; scroll for more</source>
        <translation>Primii {0} clienți; derulați pentru mai mulți</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+26"/>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="+24"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+30"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-102"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="-1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="-1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Ce s-a schimbat</translation>
    </message>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-5"/>
        <location filename="../../app/ui/reminders/model.py" line="+2"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+53"/>
        <location filename="../../app/ui/visits/items.py" line="+44"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+2"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due on</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due at, km</source>
        <translation>La km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Km now (est.)</source>
        <translation>Km acum (est.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="-5"/>
        <source>Remind about</source>
        <translation>Memento pentru</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/items.py" line="+1"/>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+4"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="-8"/>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work</source>
        <translation>Lucrări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Mecanic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Evaluare</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../app/ui/conflict.py" line="+44"/>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/connection.py" line="+42"/>
        <location line="+25"/>
        <source>Database</source>
        <translation>Baza de date</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A file on this computer (one desk)</source>
        <translation>Un fișier pe acest computer (un singur post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s PostgreSQL server (several desks)</source>
        <translation>Serverul PostgreSQL al service-ului (mai multe posturi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose...</source>
        <translation>Alege...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The choice is this computer&apos;s and counts from the next login. Log in there with an account of that database.</source>
        <translation>Alegerea ține doar de acest computer și se aplică de la următoarea conectare. Conectați-vă apoi cu un cont din acea bază de date.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file.</source>
        <translation>Alegeți fișierul bazei de date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected.</source>
        <translation>Conexiune reușită.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Fișierul bazei de date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitstop database (*.db)</source>
        <translation>Bază de date Pitstop (*.db)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+76"/>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 to %2, as of %3; changes against the previous period and a year ago</source>
        <translation>%1 – %2, la data de %3; variații față de perioada anterioară și față de acum un an</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+85"/>
        <location line="+1"/>
        <source>Mark as departed</source>
        <translation>Marchează ca plecat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; no longer comes to the shop.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; nu mai vine la service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on</source>
        <translation>Data plecării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="+103"/>
        <source>Dismiss a reminder</source>
        <translation>Respinge un memento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold the car</source>
        <translation>A vândut mașina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serviced elsewhere</source>
        <translation>Se deservește în altă parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Nu este interesat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work already done</source>
        <translation>Lucrarea e deja făcută</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the call is not needed</source>
        <translation>De ce apelul nu este necesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+27"/>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. asked by phone not to call</source>
        <translation>de ex., a cerut la telefon să nu fie sunat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gets no calls or reminders.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; nu primește apeluri sau mementouri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+51"/>
        <source>Predicted from the car&apos;s recorded mileage</source>
        <translation>Estimat din kilometrajul înregistrat al mașinii</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>întârziat cu %n zi</numerusform>
            <numerusform>întârziat cu %n zile</numerusform>
            <numerusform>întârziat cu %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mileage reached</source>
        <translation>kilometraj atins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>azi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>peste %n zi</numerusform>
            <numerusform>peste %n zile</numerusform>
            <numerusform>peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by mileage</source>
        <translation>după kilometraj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not contact</source>
        <translation>nu contacta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>plecat</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../../app/ui/clients/refusals.py" line="+30"/>
        <source>Open that client</source>
        <translation>Deschide acel client</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translation>Ceva nu a mers bine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error happened. Pitstop CRM keeps running; what you were doing may not have been finished, so please check it.

The details were written to the log file:
{0}</source>
        <translation>A apărut o eroare neașteptată. Pitstop CRM continuă să funcționeze, dar ce făceați poate să nu se fi încheiat, așa că vă rugăm să verificați.

Detaliile au fost scrise în fișierul jurnal:
{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Copiază detaliile</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The task &apos;{0}&apos; failed.</source>
        <translation>Sarcina „{0}” a eșuat.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../app/ui/reports/exporting.py" line="+43"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown table as CSV...</source>
        <translation>Tabelul afișat în CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables as an Excel workbook...</source>
        <translation>Toate tabelele într-un registru Excel...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the table</source>
        <translation>Exportă tabelul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the tables</source>
        <translation>Exportă tabelele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FirstOwnerWizard</name>
    <message>
        <location filename="../../app/ui/login.py" line="+198"/>
        <source>Pitstop CRM: first start</source>
        <translation>Pitstop CRM: prima pornire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the shop&apos;s server...</source>
        <translation>Folosește serverul service-ului...</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/main.py" line="+211"/>
        <source>Pitstop CRM

First start: preparing demo data...
{0}</source>
        <translation>Pitstop CRM

Prima pornire: se pregătesc datele demonstrative...
{0}</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+88"/>
        <source>Converted</source>
        <translation>A devenit vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a visit</source>
        <translation>Legată de o vizită</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="+142"/>
        <source>A call or a walk-in: type the phone or the name, pick the source, press Enter. When a visit is saved for the client, the inquiry is offered for linking.</source>
        <translation>Un apel sau un client venit direct: tastați telefonul sau numele, alegeți sursa, apăsați Enter. Când se salvează o vizită pentru client, vi se propune să legați solicitarea de ea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries</source>
        <translation>Solicitări</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../app/ui/reports/kpi_cards.py" line="+69"/>
        <source>vs previous period</source>
        <translation>față de perioada anterioară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year ago</source>
        <translation>față de acum un an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Then: %1</source>
        <translation>Atunci: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/visits/labels.py" line="+9"/>
        <source>Planned</source>
        <translation>Planificată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Neprezentare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Venit direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/ui/settings/language.py" line="+35"/>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language will be used after Pitstop CRM is restarted.</source>
        <translation>Noua limbă va fi folosită după repornirea Pitstop CRM.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-143"/>
        <source>Pitstop CRM: log in</source>
        <translation>Pitstop CRM: conectare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Conectare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database...</source>
        <translation>Baza de date...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong passwords; try again in %1 s</source>
        <translation>Prea multe parole greșite; încercați din nou peste %1 s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>%1 (%2): log out</source>
        <translation>%1 (%2): deconectare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and let another person log in (Ctrl+Shift+L)</source>
        <translation>Deconectare, pentru ca altă persoană să se conecteze (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>MastersEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+148"/>
        <source>Master</source>
        <translation>Mecanic</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Works here</source>
        <translation>Lucrează aici</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works here (offered for new visits)</source>
        <translation>Lucrează aici (propus pentru vizite noi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(any)</source>
        <translation>(oricare)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+18"/>
        <source>Merge clients</source>
        <translation>Unește clienții</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Unește</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the duplicate of &lt;b&gt;{0}&lt;/b&gt;. Its cars, visits, inquiries and reminders move to {0}, and the duplicate is deleted.</source>
        <translation>Găsiți duplicatul lui &lt;b&gt;{0}&lt;/b&gt;. Mașinile, vizitele, solicitările și mementourile lui trec la {0}, iar duplicatul se șterge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Duplicat</translation>
    </message>
</context>
<context>
    <name>NamedEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="-117"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Redenumește</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/pages.py" line="+24"/>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiries</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+38"/>
        <source>Change my password</source>
        <translation>Schimbă-mi parola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in as</source>
        <translation>Conectat ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Parola actuală</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Parola nouă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>Parola nouă din nou</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>Parolele nu coincid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password is changed.</source>
        <translation>Parola a fost schimbată.</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="+96"/>
        <source>Save as PDF...</source>
        <translation>Salvează ca PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>Tipărește...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PDF</source>
        <translation>Salvare ca PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, la data de %3</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../app/ui/reports/period.py" line="+44"/>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count only what was known on this evening</source>
        <translation>Numără doar ce se știa în seara acestei zile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of:</source>
        <translation>La data de:</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../app/ui/clients/privacy.py" line="+36"/>
        <source>Privacy</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export client data...</source>
        <translation>Exportă datele clientului...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise...</source>
        <translation>Anonimizează...</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Export client data</source>
        <translation>Exportă datele clientului</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stored about the client was saved to {0}.</source>
        <translation>Toate datele păstrate despre client au fost salvate în {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Anonymise client</source>
        <translation>Anonimizează clientul</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anonymise &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The name, phone, email, notes, plates, VINs and the notes of visits, reminders and inquiries are erased for good. Visits and amounts stay, so the reports do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Anonimizați &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Numele, telefonul, e-mailul, notele, numerele de înmatriculare, codurile VIN și notele vizitelor, mementourilor și solicitărilor se șterg definitiv. Vizitele și sumele rămân, deci rapoartele nu se schimbă.&lt;br&gt;&lt;br&gt;&lt;b&gt;Această acțiune nu poate fi anulată.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="-88"/>
        <source>Phone and / or name (empty: anonymous)</source>
        <translation>Telefon și / sau nume (gol: anonim)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log (Enter)</source>
        <translation>Înregistrează (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(necunoscut)</translation>
    </message>
</context>
<context>
    <name>RecentVisits</name>
    <message>
        <location filename="../../app/ui/visits/recent.py" line="+32"/>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/visits/errors.py" line="+35"/>
        <source>Line {line}, {part}: {text}</source>
        <translation>Rândul {line}, {part}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="+57"/>
        <source>PostgreSQL is backed up with its own tools: use pg_dump</source>
        <translation>PostgreSQL se salvează cu propriile instrumente: folosiți pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL is restored with its own tools: use pg_restore or psql</source>
        <translation>PostgreSQL se restaurează cu propriile instrumente: folosiți pg_restore sau psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files</source>
        <translation>PostgreSQL își verifică singur datele: folosiți pg_amcheck; pitstop check este pentru fișiere SQLite</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an in-memory database has no file to {action}</source>
        <translation>o bază de date din memorie nu are fișier pentru „{action}”</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>there is no database at {path}</source>
        <translation>nu există nicio bază de date la {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup cannot replace the database itself</source>
        <translation>copia de rezervă nu poate înlocui chiar baza de date</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>there is no file {path}</source>
        <translation>fișierul {path} nu există</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the database itself, not a backup</source>
        <translation>aceasta este chiar baza de date, nu o copie de rezervă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a sound Pitstop database: {problems}</source>
        <translation>{path} nu este o bază de date Pitstop validă: {problems}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the backup could not be put in place: {reason}</source>
        <translation>copia de rezervă nu a putut fi pusă în locul bazei de date: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/demo/writer.py" line="+56"/>
        <source>must be at least 1</source>
        <translation>trebuie să fie cel puțin 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {max}</source>
        <translation>trebuie să fie între 1 și {max}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already has {count} clients: demo data goes only into an empty database</source>
        <translation>are deja {count} clienți: datele demonstrative se pun doar într-o bază de date goală</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already has {table}: demo data goes only into an empty database</source>
        <translation>are deja {table}: datele demonstrative se pun doar într-o bază de date goală</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="+84"/>
        <location filename="../../app/services/checks.py" line="+48"/>
        <location filename="../../app/services/settings.py" line="+72"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>„{value}” nu este un număr întreg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must lie between {min} and {max}</source>
        <translation>trebuie să fie între {min} și {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/checks.py" line="+9"/>
        <source>must be at least {min}</source>
        <translation>trebuie să fie cel puțin {min}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>„{value}” nu este 0 sau 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not a date like 2025-03-01</source>
        <translation>„{value}” nu este o dată de forma 2025-03-01</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not a date and time like 2025-03-01 09:30</source>
        <translation>„{value}” nu este o dată și oră de forma 2025-03-01 09:30</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>„{value}” nu este una dintre valorile {choices}</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+112"/>
        <source>no department {id}</source>
        <translation>nu există departamentul {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="+68"/>
        <source>Your role does not allow this; ask the owner.</source>
        <translation>Rolul dvs. nu permite acest lucru; adresați-vă proprietarului.</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="+60"/>
        <source>the owner&apos;s account already exists; log in</source>
        <translation>contul proprietarului există deja; conectați-vă</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the program&apos;s own account has no password</source>
        <translation>contul intern al programului nu are parolă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current password is not right</source>
        <translation>parola actuală nu este corectă</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>wrong login or password</source>
        <translation>utilizator sau parolă greșită</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too many wrong passwords; try again in {seconds} s</source>
        <translation>prea multe parole greșite; încercați din nou peste {seconds} s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a login has no spaces</source>
        <translation>numele de utilizator nu poate conține spații</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this login is taken</source>
        <translation>acest nume de utilizator este deja folosit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a password needs at least {count} characters</source>
        <translation>parola trebuie să aibă cel puțin {count} caractere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a password has at most {count} characters</source>
        <translation>parola poate avea cel mult {count} caractere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password cannot contain a NUL character</source>
        <translation>parola nu poate conține caracterul NUL</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shop needs at least one active owner</source>
        <translation>service-ul are nevoie de cel puțin un proprietar activ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be owner or admin</source>
        <translation>trebuie să fie proprietar sau administrator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such account</source>
        <translation>acest cont nu există</translation>
    </message>
    <message>
        <location filename="../../app/services/book.py" line="+71"/>
        <source>must not be before the first day</source>
        <translation>nu poate fi înainte de prima zi</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../app/services/visits.py" line="+259"/>
        <source>&apos;{value}&apos; is not a visit status</source>
        <translation>„{value}” nu este o stare de vizită</translation>
    </message>
    <message>
        <location filename="../../app/services/call_list.py" line="+51"/>
        <source>choose at least one client</source>
        <translation>alegeți cel puțin un client</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/services/clients.py" line="+187"/>
        <location filename="../../app/services/reminders.py" line="+120"/>
        <location line="+26"/>
        <location line="+59"/>
        <location filename="../../app/services/reminders_due.py" line="+227"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>„{value}” nu este o dată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be in the past</source>
        <translation>nu poate fi în trecut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {max} characters</source>
        <translation>cel mult {max} caractere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no client with id {id}</source>
        <translation>nu există niciun client cu id-ul {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="+268"/>
        <source>&apos;{name}&apos; already exists</source>
        <translation>„{name}” există deja</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/services/client_status.py" line="+84"/>
        <location filename="../../app/services/visits.py" line="+54"/>
        <source>must be yes or no</source>
        <translation>trebuie să fie da sau nu</translation>
    </message>
    <message>
        <location filename="../../app/services/checks.py" line="-34"/>
        <source>must be chosen</source>
        <translation>alegeți o valoare</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>there is no record with id {id}</source>
        <translation>nu există nicio înregistrare cu id-ul {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/money.py" line="+24"/>
        <source>must not be negative</source>
        <translation>nu poate fi negativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/money.py" line="+28"/>
        <location line="+9"/>
        <location line="+16"/>
        <location filename="../../app/services/settings.py" line="+3"/>
        <source>must be above zero</source>
        <translation>trebuie să fie mai mare ca zero</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="-47"/>
        <location filename="../../app/services/checks.py" line="+6"/>
        <location filename="../../app/services/money.py" line="-42"/>
        <location line="+54"/>
        <source>must be at most {max}</source>
        <translation>trebuie să fie cel mult {max}</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="-40"/>
        <source>must be given</source>
        <translation>completați acest câmp</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>a client cannot be merged with itself</source>
        <translation>un client nu poate fi unit cu el însuși</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="-15"/>
        <source>{phone} is the phone of another client</source>
        <translation>{phone} este telefonul altui client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>„{value}” nu este o adresă de e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+42"/>
        <location filename="../../app/services/clients.py" line="+13"/>
        <location filename="../../app/services/inquiries.py" line="+97"/>
        <location filename="../../app/services/reminders.py" line="-82"/>
        <source>must not be in the future</source>
        <translation>nu poate fi în viitor</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="+5"/>
        <source>must not be after the day the client left</source>
        <translation>nu poate fi după ziua în care a plecat clientul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client cannot refer itself</source>
        <translation>un client nu se poate recomanda pe sine</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+3"/>
        <source>must not be before the registration date</source>
        <translation>nu poate fi înainte de data înregistrării</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+57"/>
        <source>This record was changed after you opened it; reload it and make your change again.</source>
        <translation>Această înregistrare a fost modificată după ce ați deschis-o; reîncărcați-o și faceți din nou modificarea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record was changed by {who} at {when} after you opened it; reload it and make your change again.</source>
        <translation>Această înregistrare a fost modificată de {who} la {when} după ce ați deschis-o; reîncărcați-o și faceți din nou modificarea.</translation>
    </message>
    <message>
        <location filename="../../app/services/inquiries.py" line="-10"/>
        <location filename="../../app/services/visits.py" line="-104"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>„{value}” nu este o dată și oră</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/visits.py" line="+5"/>
        <source>must be a local time without a zone</source>
        <translation>trebuie să fie ora locală, fără fus orar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not an inquiry channel</source>
        <translation>„{value}” nu este un canal de solicitare</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>the visit is of another client</source>
        <translation>vizita este a altui client</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="-61"/>
        <source>&apos;{value}&apos; is not an amount like 1250.50</source>
        <translation>„{value}” nu este o sumă de forma 1250.50</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{value}&apos; is not a quantity like 1 or 4.5</source>
        <translation>„{value}” nu este o cantitate de forma 1 sau 4.5</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location filename="../../app/services/settings.py" line="+7"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>„{value}” nu este un număr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most three decimal places</source>
        <translation>cel mult trei zecimale</translation>
    </message>
    <message>
        <location filename="../../app/services/normalize.py" line="+28"/>
        <source>holds a character that cannot be stored</source>
        <translation>conține un caracter care nu poate fi salvat</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <location filename="../../app/services/settings.py" line="+23"/>
        <source>must not be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <location line="+32"/>
        <source>is longer than {max} characters</source>
        <translation>are mai mult de {max} caractere</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>„{value}” nu este un număr de telefon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must have 17 characters, not {count}</source>
        <translation>trebuie să aibă 17 caractere, nu {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may hold only digits and letters other than I, O and Q</source>
        <translation>poate conține doar cifre și litere, în afară de I, O și Q</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+190"/>
        <source>cannot write {path}: {reason}</source>
        <translation>nu se poate scrie {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client is already anonymised</source>
        <translation>clientul este deja anonimizat</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="+27"/>
        <source>must be a day in the future</source>
        <translation>trebuie să fie o zi din viitor</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../app/services/visits.py" line="+7"/>
        <source>the car belongs to another client</source>
        <translation>mașina aparține altui client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a due date, a due mileage or both</source>
        <translation>indicați o dată, un kilometraj sau ambele</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reminder is already {status}</source>
        <translation>mementoul are deja starea „{status}”</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="-59"/>
        <source>is not a setting</source>
        <translation>nu este o setare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the B threshold must lie above the A threshold and &lt;= 1</source>
        <translation>pragul B trebuie să fie peste pragul A și &lt;= 1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must lie between 0 and 1</source>
        <translation>trebuie să fie între 0 și 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a country code like UA</source>
        <translation>„{value}” nu este un cod de țară de forma UA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a currency code like UAH</source>
        <translation>„{value}” nu este un cod de monedă de forma UAH</translation>
    </message>
    <message>
        <location filename="../../app/services/vehicles.py" line="+90"/>
        <source>{value} is already recorded for another car</source>
        <translation>{value} este deja înregistrat pentru altă mașină</translation>
    </message>
    <message>
        <location filename="../../app/services/visits.py" line="+11"/>
        <source>{name} no longer works here</source>
        <translation>{name} nu mai lucrează aici</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a visit that has not started cannot be completed</source>
        <translation>o vizită care nu a început nu poate fi finalizată</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{mileage} km is less than {other} km recorded on {on}</source>
        <translation>{mileage} km este mai puțin decât {other} km înregistrați pe {on}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mileage} km is more than {other} km recorded later, on {on}</source>
        <translation>{mileage} km este mai mult decât {other} km înregistrați mai târziu, pe {on}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="+94"/>
        <source>cannot connect: {reason}</source>
        <translation>nu se poate face conexiunea: {reason}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The database is busy (a long save elsewhere): nothing was saved; try again.</source>
        <translation>Baza de date este ocupată (o salvare lungă în altă parte): nu s-a salvat nimic; încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../app/commands/user.py" line="+92"/>
        <source>no account {login}</source>
        <translation>nu există contul {login}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders/alerts.py" line="+48"/>
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n memento pentru azi</numerusform>
            <numerusform>%n mementouri pentru azi</numerusform>
            <numerusform>%n de mementouri pentru azi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pitstop CRM: %n reminder(s) due today</source>
        <translation>
            <numerusform>Pitstop CRM: %n memento pentru azi</numerusform>
            <numerusform>Pitstop CRM: %n mementouri pentru azi</numerusform>
            <numerusform>Pitstop CRM: %n de mementouri pentru azi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reminder(s) to call</source>
        <translation>
            <numerusform>%n memento de apel</numerusform>
            <numerusform>%n mementouri de apel</numerusform>
            <numerusform>%n de mementouri de apel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../app/ui/reminders/edit_dialog.py" line="+78"/>
        <source>New reminder</source>
        <translation>Memento nou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <translation>După dată</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By mileage</source>
        <translation>După kilometraj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a date and a mileage the reminder is due by whichever comes first.</source>
        <translation>Cu dată și kilometraj, mementoul devine scadent la ce survine mai întâi.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no car)</source>
        <translation>(fără mașină)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no service)</source>
        <translation>(fără serviciu)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No mileage recorded for this car yet</source>
        <translation>Pentru această mașină nu s-a înregistrat încă kilometrajul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last reading {0} km on {1}</source>
        <translation>Ultima citire: {0} km, pe {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now about {0} km ({1} km a day)</source>
        <translation>Acum circa {0} km ({1} km pe zi)</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="+39"/>
        <source>pending</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>efectuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>respins</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../app/ui/reminders/page.py" line="+83"/>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show do-not-contact and departed clients</source>
        <translation>Arată și clienții „nu contacta” și pe cei plecați</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Efectuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was reached: the work is booked or done</source>
        <translation>Clientul a fost contactat: lucrarea e programată sau efectuată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Amână...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss...</source>
        <translation>Respinge...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open client</source>
        <translation>Deschide clientul</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upcoming: the next</source>
        <translation>Viitoare: în următoarele</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading...</source>
        <translation>Se încarcă...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updated at {0}</source>
        <translation>Actualizat la {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Restante (%n)</numerusform>
            <numerusform>Restante (%n)</numerusform>
            <numerusform>Restante (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Pentru azi (%n)</numerusform>
            <numerusform>Pentru azi (%n)</numerusform>
            <numerusform>Pentru azi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Viitoare (%n)</numerusform>
            <numerusform>Viitoare (%n)</numerusform>
            <numerusform>Viitoare (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="+21"/>
        <source>Due on</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due at, km</source>
        <translation>La km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>snoozed to {0}</source>
        <translation>amânat până la {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done on {0}</source>
        <translation>efectuat pe {0}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../app/ui/reports/charts.py" line="+51"/>
        <location line="+18"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+173"/>
        <source>New clients</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Departed</source>
        <translation>Plecați</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total clients</source>
        <translation>Total clienți</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and departed clients by month; the line is the client base</source>
        <translation>Clienți noi și plecați pe luni; linia este baza de clienți</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="-58"/>
        <source>Inquiries</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+1"/>
        <source>Converted</source>
        <translation>Convertite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By source</source>
        <translation>După sursă</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients referred</source>
        <translation>Clienți recomandați</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who brought new clients</source>
        <translation>Cine a adus clienți noi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departed clients</source>
        <translation>Clienți plecați</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By reason</source>
        <translation>După motiv</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By month</source>
        <translation>Pe luni</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days since the last visit</source>
        <translation>Zile de la ultima vizită</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the last visit, richest clients first</source>
        <translation>Zile de la ultima vizită, întâi clienții cu cele mai mari venituri</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/dashboard.py" line="-81"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+47"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative share</source>
        <translation>Pondere cumulată</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pareto: revenue by client (A, B, C) and the running share</source>
        <translation>Pareto: venituri pe clienți (A, B, C) și ponderea cumulată</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A up to {0} %</source>
        <translation>A până la {0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B up to {0} %</source>
        <translation>B până la {0} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Clients by segment</source>
        <translation>Clienți pe segmente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients by recency (R) and frequency (F)</source>
        <translation>Clienți după recență (R) și frecvență (F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of each cohort coming back, by month after the first visit</source>
        <translation>Ponderea fiecărei cohorte care revine, pe luni după prima vizită</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months after the first visit</source>
        <translation>Luni după prima vizită</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clients by kind</source>
        <translation>Clienți după tip</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+3"/>
        <source>Top spenders</source>
        <translation>Cei mai mari cumpărători</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/shop_charts.py" line="-127"/>
        <source>Active clients using it</source>
        <translation>Clienți activi care îl folosesc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of active clients using each department</source>
        <translation>Ponderea clienților activi care folosesc fiecare departament</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used the row&apos;s department but not the column&apos;s</source>
        <translation>Au folosit departamentul din rând, dar nu pe cel din coloană</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revenue by month and department</source>
        <translation>Venituri pe luni și departamente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Completed visits by weekday and hour</source>
        <translation>Vizite finalizate pe zile ale săptămânii și ore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inquiries and the visits they became, by day</source>
        <translation>Solicitări și vizitele rezultate, pe zile</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inquiries and the visits they became, by week</source>
        <translation>Solicitări și vizitele rezultate, pe săptămâni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revenue by master</source>
        <translation>Venituri pe mecanici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned</source>
        <translation>Au revenit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First visits by department and how many came back within a year</source>
        <translation>Primele vizite pe departamente și câți au revenit în decurs de un an</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+29"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Churn reason</source>
        <translation>Motivul plecării</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../app/reports/cohorts.py" line="+24"/>
        <location filename="../../app/reports/gaps.py" line="-42"/>
        <location filename="../../app/reports/masters.py" line="+34"/>
        <location filename="../../app/reports/pdf/clients.py" line="+294"/>
        <location filename="../../app/reports/rfm.py" line="+56"/>
        <location line="+6"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+37"/>
        <source>Share</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/lost.py" line="+32"/>
        <location filename="../../app/reports/pdf/summary.py" line="+24"/>
        <location filename="../../app/reports/rfm.py" line="-17"/>
        <location filename="../../app/reports/segments.py" line="+28"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/gaps.py" line="+4"/>
        <location filename="../../app/reports/lost.py" line="+1"/>
        <location filename="../../app/reports/pdf/summary.py" line="+1"/>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Data plecării</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/heatmap.py" line="+15"/>
        <location filename="../../app/reports/lost.py" line="+2"/>
        <location filename="../../app/reports/masters.py" line="-3"/>
        <location filename="../../app/reports/pdf/summary.py" line="+2"/>
        <location filename="../../app/reports/rfm.py" line="+2"/>
        <location filename="../../app/reports/top.py" line="+1"/>
        <location filename="../../app/reports/trends.py" line="+29"/>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="+7"/>
        <location filename="../../app/reports/pdf/summary.py" line="+6"/>
        <location filename="../../app/reports/rfm.py" line="+1"/>
        <location line="+9"/>
        <source>Lifetime revenue</source>
        <translation>Venituri totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="-5"/>
        <location filename="../../app/reports/pdf/summary.py" line="-5"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <source>Last visit</source>
        <translation>Ultima vizită</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="-1"/>
        <location filename="../../app/reports/pdf/clients.py" line="-1"/>
        <source>Cohort</source>
        <translation>Cohortă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained by month</source>
        <translation>Rămași pe luni</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+19"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+24"/>
        <source>Inquiries</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Converted</source>
        <translation>Convertite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="-13"/>
        <location filename="../../app/reports/trends.py" line="-3"/>
        <source>Department ID</source>
        <translation>ID departament</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+21"/>
        <location filename="../../app/reports/trends.py" line="+1"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Folosesc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Nu folosesc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penetration</source>
        <translation>Acoperire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used department</source>
        <translation>Departament folosit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used department</source>
        <translation>Departament nefolosit</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/reports/rfm.py" line="-13"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/lost.py" line="-3"/>
        <location filename="../../app/reports/pdf/summary.py" line="-2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue in 365 days</source>
        <translation>Venituri în 365 de zile</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+30"/>
        <location filename="../../app/reports/trends.py" line="-2"/>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+2"/>
        <location filename="../../app/reports/sources.py" line="-4"/>
        <source>New clients</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Plecați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total clients</source>
        <translation>Total clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visits</source>
        <translation>Primele vizite</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="-2"/>
        <source>Weekday</source>
        <translation>Ziua săptămânii</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/pdf/shop.py" line="+253"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+48"/>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Acum un an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+2"/>
        <source>First visit</source>
        <translation>Prima vizită</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average interval, days</source>
        <translation>Interval mediu, zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/rfm.py" line="+2"/>
        <source>Days since last visit</source>
        <translation>Zile de la ultima vizită</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="-2"/>
        <source>Employee ID</source>
        <translation>ID angajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Mecanic</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <location filename="../../app/reports/trends.py" line="+3"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+1"/>
        <source>Average check</source>
        <translation>Bon mediu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Evaluare medie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1-2</source>
        <translation>Evaluări 1-2</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+4"/>
        <source>Usually every, days</source>
        <translation>De obicei la fiecare, zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since</source>
        <translation>Zile trecute</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+17"/>
        <source>Referrer ID</source>
        <translation>ID recomandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Recomandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Recomandați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients</source>
        <translation>Clienți recomandați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of referred</source>
        <translation>Venituri de la recomandați</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="-1"/>
        <source>Department name</source>
        <translation>Denumire departament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Au revenit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Rata de revenire</translation>
    </message>
    <message>
        <location filename="../../app/reports/rfm.py" line="+3"/>
        <location line="+11"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="-2"/>
        <source>Source ID</source>
        <translation>ID sursă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue of new clients</source>
        <translation>Venituri de la clienți noi</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Rank</source>
        <translation>Loc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cumulative share</source>
        <translation>Pondere cumulată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Clasă</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+2"/>
        <source>Share of month</source>
        <translation>Pondere în lună</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../../app/ui/reports/drill.py" line="+80"/>
        <location line="+43"/>
        <source>Departed in {0}</source>
        <translation>Plecați în {0}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>First visits in {0}</source>
        <translation>Primele vizite în {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered in {0}</source>
        <translation>Înregistrați în {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New clients from {0}</source>
        <translation>Clienți noi din sursa {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred by {0}</source>
        <translation>Recomandați de {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departed: {0}</source>
        <translation>Plecați: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use {0} but not {1}</source>
        <translation>Folosesc {0}, dar nu {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active clients using {0}</source>
        <translation>Clienți activi care folosesc {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+156"/>
        <source>Active clients not using {0}</source>
        <translation>Clienți activi care nu folosesc {0}</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Offer: {0}</source>
        <translation>Oferiți: {0}</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} in {1}</source>
        <translation>{0} în {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits on {0} at {1}:00</source>
        <translation>Vizite: {0}, ora {1}:00</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Converted inquiries of {0}</source>
        <translation>Solicitări convertite din {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries of {0}</source>
        <translation>Solicitări din {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients of {0}</source>
        <translation>Clienții mecanicului {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>At risk: invite back</source>
        <translation>În pericol: invitați-i înapoi</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Cohort {0}, month +{1}</source>
        <translation>Cohorta {0}, luna +{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Came back after a first visit: {0}</source>
        <translation>Au revenit după prima vizită: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First visits: {0}</source>
        <translation>Primele vizite: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lost clients</source>
        <translation>Clienți pierduți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost client: invite back</source>
        <translation>Client pierdut: invitați-l înapoi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cohort {0}: never came back</source>
        <translation>Cohorta {0}: nu au mai revenit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit only: invite back</source>
        <translation>Doar prima vizită: invitați-l înapoi</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/reports/pdf/clients.py" line="-257"/>
        <source>No clients registered by the end of the period.</source>
        <translation>Până la sfârșitul perioadei nu s-a înregistrat niciun client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <location filename="../../app/reports/pdf/shop.py" line="-220"/>
        <source>New clients</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Departed</source>
        <translation>Plecați</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total clients (right axis)</source>
        <translation>Total clienți (axa din dreapta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and departed clients per month, total clients at the month&apos;s end</source>
        <translation>Clienți noi și plecați pe lună, total clienți la sfârșitul lunii</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/reports/pdf/shop.py" line="+246"/>
        <source>Inquiries</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted inquiries</source>
        <translation>Solicitări convertite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New clients and inquiries per source</source>
        <translation>Clienți noi și solicitări pe surse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referred clients</source>
        <translation>Clienți recomandați</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients referred, top {n} referrers (with their referrals&apos; revenue)</source>
        <translation>Clienți recomandați, primii {n} recomandanți (cu veniturile de la recomandați)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <location line="+24"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Departed clients by reason</source>
        <translation>Clienți plecați după motiv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Departures per month, by reason</source>
        <translation>Plecări pe lună, după motiv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days since the last visit</source>
        <translation>Zile de la ultima vizită</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since the last visit: the {n} with the highest lifetime revenue</source>
        <translation>Zile de la ultima vizită: cei {n} cu cele mai mari venituri totale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Class {abc}</source>
        <translation>Clasa {abc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cumulative share of revenue (right axis)</source>
        <translation>Ponderea cumulată a veniturilor (axa din dreapta)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revenue of the top {n} clients ({currency}) and its cumulative share</source>
        <translation>Veniturile primilor {n} clienți ({currency}) și ponderea lor cumulată</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Promițători</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Loiali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>În pericol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Inactivi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clients per segment (with their lifetime revenue)</source>
        <translation>Clienți pe segmente (cu veniturile lor totale)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients by recency score (R) and frequency score (F)</source>
        <translation>Clienți după scorul de recență (R) și scorul de frecvență (F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/pdf/layout.py" line="+23"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (the last {n} cohorts)</source>
        <translation> (ultimele {n} cohorte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients of each cohort with a completed visit in month +k (+0 = all).</source>
        <translation>Clienții fiecărei cohorte cu o vizită finalizată în luna +k (+0 = toți).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocates</source>
        <translation>Susținători</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Nemulțumiți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clients per kind</source>
        <translation>Clienți după tip</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/document.py" line="+93"/>
        <source>Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}</source>
        <translation>Perioada {start} – {end}  ·  la data de {as_of}  ·  generat {day} {time}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page {number} of {total}</source>
        <translation>pagina {number} din {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/layout.py" line="-1"/>
        <source>Departed clients</source>
        <translation>Clienți plecați</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="-249"/>
        <location line="+286"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients served</source>
        <translation>Clienți serviți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Bon mediu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Zile între vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits by returning clients</source>
        <translation>Vizite ale clienților care revin</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vs previous</source>
        <translation>față de anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs year ago</source>
        <translation>față de acum un an</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Acum un an</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Penetration</source>
        <translation>Acoperire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active clients who used each department in the last 365 days</source>
        <translation>Clienți activi care au folosit fiecare departament în ultimele 365 de zile</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call to offer {name}: active clients who have not used it</source>
        <translation>De sunat pentru a oferi {name}: clienți activi care nu l-au folosit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every active client has used it.</source>
        <translation>Toți clienții activi l-au folosit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revenue per month by department ({currency})</source>
        <translation>Venituri pe lună, pe departamente ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed visits in this period.</source>
        <translation>Nicio vizită finalizată în această perioadă.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Converted</source>
        <translation>Convertite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion (right axis)</source>
        <translation>Conversie (axa din dreapta)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries and converted inquiries per month</source>
        <translation>Solicitări și solicitări convertite pe lună</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries and converted inquiries per day</source>
        <translation>Solicitări și solicitări convertite pe zi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue per master</source>
        <translation>Venituri pe mecanici</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Return rate</source>
        <translation>Rata de revenire</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+14"/>
        <source>Key numbers</source>
        <translation>Indicatori cheie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client base growth</source>
        <translation>Creșterea bazei de clienți</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why clients left</source>
        <translation>De ce au plecat clienții</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client left in this period.</source>
        <translation>Niciun client nu a plecat în această perioadă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department gaps</source>
        <translation>Goluri pe departamente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top {n} clients by revenue</source>
        <translation>Primii {n} clienți după venituri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top clients</source>
        <translation>Top clienți</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call list: lost regular clients ({n})</source>
        <translation>Lista de apeluri: clienți fideli pierduți ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients with 2 or more visits whose last visit is longer ago than both 90 days and twice their usual interval; neither departed nor do-not-contact. Most valuable first.</source>
        <translation>Clienți cu 2 sau mai multe vizite, a căror ultimă vizită a fost acum mai mult de 90 de zile și mai mult decât dublul intervalului lor obișnuit; nici plecați, nici „nu contacta”. Întâi cei mai valoroși.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody to call.</source>
        <translation>Nu e nimeni de sunat.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/tables.py" line="+65"/>
        <source>Nothing in this period.</source>
        <translation>Nimic în această perioadă.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/values.py" line="+64"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="-73"/>
        <source>The first %1 of %2 rows; the PDF has them all.</source>
        <translation>Rânduri afișate: %1 din %2; PDF-ul le conține pe toate.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../app/ui/reports/tables.py" line="+32"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used but not</source>
        <translation>Folosit, dar nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R x F</source>
        <translation>R x F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Perioade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month +{n}</source>
        <translation>Luna +{n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/reports/output.py" line="+83"/>
        <source>{title}: {start} .. {end} (as of {as_of})</source>
        <translation>{title}: {start} .. {end} (la data de {as_of})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no rows)</source>
        <translation>(niciun rând)</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../app/ui/reports/values.py" line="+31"/>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Promițători</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Loiali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>În pericol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Inactivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocates</source>
        <translation>Susținători</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Nemulțumiți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nu contacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New clients</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Bon mediu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Zile între vizite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning clients&apos; visits</source>
        <translation>Vizitele clienților care revin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source</source>
        <translation>fără sursă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Joi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Vin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Dum</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/view.py" line="+88"/>
        <source>Candidates for: (choose a department)</source>
        <translation>Candidați pentru: (alegeți un departament)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show top </source>
        <translation>Arată primii </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to call list...</source>
        <translation>Adaugă la lista de apeluri...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, la data de %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved the PDF to %1</source>
        <translation>PDF-ul a fost salvat în %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>S-a salvat %n rând în %1</numerusform>
            <numerusform>S-au salvat %n rânduri în %1</numerusform>
            <numerusform>S-au salvat %n de rânduri în %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clients of the selected cohort who never came back</source>
        <translation>Clienții cohortei selectate care nu au mai revenit</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+79"/>
        <source>Churn by reason</source>
        <translation>Plecări după motiv</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="+54"/>
        <source>Cohorts by first visit</source>
        <translation>Cohorte după prima vizită</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+48"/>
        <source>Inquiry conversion</source>
        <translation>Conversia solicitărilor</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+182"/>
        <source>Department gaps</source>
        <translation>Goluri pe departamente</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+72"/>
        <source>Client base growth</source>
        <translation>Creșterea bazei de clienți</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="+29"/>
        <source>Busy hours</source>
        <translation>Ore aglomerate</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+133"/>
        <source>Key numbers</source>
        <translation>Indicatori cheie</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+83"/>
        <source>Lost regular clients</source>
        <translation>Clienți fideli pierduți</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="+45"/>
        <source>Masters</source>
        <translation>Mecanici</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+51"/>
        <source>Referrals</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="+59"/>
        <source>Return after the first visit</source>
        <translation>Revenire după prima vizită</translation>
    </message>
    <message>
        <location filename="../../app/reports/rfm.py" line="+141"/>
        <source>RFM segments</source>
        <translation>Segmente RFM</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+111"/>
        <source>Advocates and complainers</source>
        <translation>Susținători și nemulțumiți</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="+80"/>
        <source>Marketing sources</source>
        <translation>Surse de marketing</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="+86"/>
        <source>Top clients</source>
        <translation>Top clienți</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+61"/>
        <source>Department trends</source>
        <translation>Tendințe pe departamente</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="-64"/>
        <source>Owner&apos;s summary</source>
        <translation>Sinteză pentru proprietar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+39"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remind, months</source>
        <translation>Memento, luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind, km</source>
        <translation>Memento, km</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind every, months</source>
        <translation>Memento la fiecare, luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind every, km</source>
        <translation>Memento la fiecare, km</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-48"/>
        <source>New password for %1</source>
        <translation>Parolă nouă pentru %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Parola din nou</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="+67"/>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masters</source>
        <translation>Mecanici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reasons</source>
        <translation>Motive de plecare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts</source>
        <translation>Conturi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My account</source>
        <translation>Contul meu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database...</source>
        <translation>Baza de date...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s database: a file, or the shop&apos;s PostgreSQL server</source>
        <translation>Baza de date a acestui computer: un fișier sau serverul PostgreSQL al service-ului</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <location filename="../../app/ui/settings/shop.py" line="+34"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO code of the money shown on every screen and report, e.g. UAH, EUR</source>
        <translation>Codul ISO al monedei afișate pe toate ecranele și în rapoarte, de ex. MDL, RON, EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone region</source>
        <translation>Regiunea telefoanelor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of phone numbers typed without +, e.g. UA, MD, PL</source>
        <translation>Țara numerelor de telefon tastate fără +, de ex. MD, RO, UA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="-40"/>
        <source>Snooze a reminder</source>
        <translation>Amână un memento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said (optional)</source>
        <translation>Ce a spus clientul (opțional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide until</source>
        <translation>Ascunde până la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="+111"/>
        <source>Reminders after the visit</source>
        <translation>Mementouri după vizită</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This visit suggests the reminders below. Untick the ones you do not want, or edit one before saving.</source>
        <translation>Pentru această vizită se propun mementourile de mai jos. Debifați-le pe cele de care nu aveți nevoie sau modificați-le înainte de salvare.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit...</source>
        <translation>Modifică...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Omite</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Declined at the visit on {0}</source>
        <translation>Refuzat la vizita din {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Save %n reminder(s)</source>
        <translation>
            <numerusform>Salvează %n memento</numerusform>
            <numerusform>Salvează %n mementouri</numerusform>
            <numerusform>Salvează %n de mementouri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line {0}: {1}</source>
        <translation>Rândul {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location line="-136"/>
        <source>Declined work</source>
        <translation>Lucrare refuzată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next service</source>
        <translation>Următoarea revizie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pending reminder about this service will be marked done.</source>
        <translation>Mementoul în așteptare pentru acest serviciu va fi marcat ca efectuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already due: the visit was entered after the date.</source>
        <translation>Deja scadent: vizita a fost introdusă după această dată.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/page.py" line="+50"/>
        <source>Loading...</source>
        <translation>Se încarcă...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No visits booked for today.</source>
        <translation>Nicio programare pentru azi.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln reminder(s) due today</source>
        <translation>
            <numerusform>%Ln memento pentru azi</numerusform>
            <numerusform>%Ln mementouri pentru azi</numerusform>
            <numerusform>%Ln de mementouri pentru azi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders due today.</source>
        <translation>Niciun memento pentru azi.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clienți</numerusform>
            <numerusform>%Ln de clienți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln car(s)</source>
        <translation>
            <numerusform>%Ln mașină</numerusform>
            <numerusform>%Ln mașini</numerusform>
            <numerusform>%Ln de mașini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed visit(s)</source>
        <translation>
            <numerusform>%Ln vizită finalizată</numerusform>
            <numerusform>%Ln vizite finalizate</numerusform>
            <numerusform>%Ln de vizite finalizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln pending reminder(s)</source>
        <translation>
            <numerusform>%Ln memento în așteptare</numerusform>
            <numerusform>%Ln mementouri în așteptare</numerusform>
            <numerusform>%Ln de mementouri în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln planificată</numerusform>
            <numerusform>%Ln planificate</numerusform>
            <numerusform>%Ln de planificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln finalizată</numerusform>
            <numerusform>%Ln finalizate</numerusform>
            <numerusform>%Ln de finalizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln anulată</numerusform>
            <numerusform>%Ln anulate</numerusform>
            <numerusform>%Ln de anulate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln neprezentare</numerusform>
            <numerusform>%Ln neprezentări</numerusform>
            <numerusform>%Ln de neprezentări</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue %1</source>
        <translation>venituri %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln inquiry(s)</source>
        <translation>
            <numerusform>%Ln solicitare</numerusform>
            <numerusform>%Ln solicitări</numerusform>
            <numerusform>%Ln de solicitări</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s visits</source>
        <translation>Vizitele de azi</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="+47"/>
        <source>Edit car</source>
        <translation>Modifică mașina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a car</source>
        <translation>Adaugă o mașină</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialog.py" line="+73"/>
        <source>New visit</source>
        <translation>Vizită nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment</source>
        <translation>Programare nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the visit</source>
        <translation>Finalizarea vizitei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the visit</source>
        <translation>Modificarea vizitei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Anulează (Esc)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>To save it anyway, say why in the mileage note.</source>
        <translation>Pentru a salva oricum, explicați motivul în nota la kilometraj.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked as departed. Has the client returned?</source>
        <translation>%1 este marcat ca plecat. Clientul a revenit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning client</source>
        <translation>Client revenit</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The client has %n open inquiry(s) from the last 14 days:</source>
        <translation>
            <numerusform>Clientul are %n solicitare deschisă din ultimele 14 zile:</numerusform>
            <numerusform>Clientul are %n solicitări deschise din ultimele 14 zile:</numerusform>
            <numerusform>Clientul are %n de solicitări deschise din ultimele 14 zile:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link them to this visit?</source>
        <translation>
            <numerusform>O legați de această vizită?</numerusform>
            <numerusform>Le legați de această vizită?</numerusform>
            <numerusform>Le legați de această vizită?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inquiries</source>
        <translation>Solicitări deschise</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../app/ui/visits/form.py" line="+75"/>
        <source>km on the odometer</source>
        <translation>km la odometru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the reading is lower (e.g. new odometer)</source>
        <translation>De ce citirea e mai mică (de ex., odometru nou)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage note</source>
        <translation>Notă la kilometraj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove line</source>
        <translation>Șterge rândul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rating</source>
        <translation>fără evaluare</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ar</source>
        <translation>&amp;Mașină</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When</source>
        <translation>&amp;Data și ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mileage</source>
        <translation>&amp;Kilometraj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mas&amp;ter</source>
        <translation>Mecan&amp;ic</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rating</source>
        <translation>&amp;Evaluare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Părerea clientului</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Work and parts (type a few letters of a service)</source>
        <translation>&amp;Lucrări și piese (tastați câteva litere ale unui serviciu)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no car)</source>
        <translation>(fără mașină)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no master)</source>
        <translation>(fără mecanic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left)</source>
        <translation>%1 (plecat)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined %1 not counted</source>
        <translation>refuzuri de %1 neincluse</translation>
    </message>
</context>
<context>
    <name>VisitLinesModel</name>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="+78"/>
        <source>declined</source>
        <translation>refuzat</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="-6"/>
        <source>planned</source>
        <translation>planificată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>finalizată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>anulată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>neprezentare</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/page.py" line="+32"/>
        <source>Appointment book</source>
        <translation>Programări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent visits</source>
        <translation>Vizite recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit (Ctrl+Shift+N)</source>
        <translation>Vizită nouă (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="-153"/>
        <source>Date / work</source>
        <translation>Data / lucrări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Mașină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Mecanic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Kilometraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>declined</source>
        <translation>refuzat</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-31"/>
        <source>The two passwords differ.</source>
        <translation>Parolele nu coincid.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <location filename="../../app/ui/login.py" line="+38"/>
        <source>The owner&apos;s account</source>
        <translation>Contul proprietarului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password of at least %1 characters. Keep it safe: it opens everything.</source>
        <translation>O parolă de cel puțin %1 caractere. Păstrați-o în siguranță: ea deschide totul.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Parola din nou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Parolele nu coincid.</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <location line="-44"/>
        <source>Welcome to Pitstop CRM</source>
        <translation>Bun venit în Pitstop CRM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no accounts yet. Name your shop and create the owner&apos;s account: the owner sees every report, manages the settings and the other accounts of the front desk.</source>
        <translation>Această bază de date nu are încă niciun cont. Introduceți numele service-ului și creați contul proprietarului: proprietarul vede toate rapoartele, gestionează setările și celelalte conturi ale recepției.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pitstop Service, Kyiv</source>
        <translation>de ex., Pitstop Service, Chișinău</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop name</source>
        <translation>Numele service-ului</translation>
    </message>
</context>
</TS>
