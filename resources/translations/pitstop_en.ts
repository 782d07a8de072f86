<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/ui/format.py" line="+67"/>
        <source>Owner</source>
        <translation>Owner</translation>
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
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New account...</source>
        <translation>New account...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>Set password...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off / on</source>
        <translation>Switch off / on</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location line="-126"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <location filename="../../app/ui/visits/book.py" line="+113"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete...</source>
        <translation>Complete...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The car is here: log the work done (Enter)</source>
        <translation>The car is here: log the work done (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation>Mark cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-show</source>
        <translation>Mark no-show</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
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
        <translation>Car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit line</source>
        <translation>Visit line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location line="-76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reason</source>
        <translation>Churn reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn note</source>
        <translation>Churn note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage note</source>
        <translation>Mileage note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (thousandths)</source>
        <translation>Quantity (thousandths)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (minor units)</source>
        <translation>Price (minor units)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due mileage</source>
        <translation>Due mileage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until</source>
        <translation>Snoozed until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+106"/>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older...</source>
        <translation>Older...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only client</source>
        <translation>Only client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="+48"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy is made every day while Pitstop runs; kept are the last 7 days, 4 weeks and 12 months. Copy the folder to another disk now and then.</source>
        <translation>A copy is made every day while Pitstop runs; kept are the last 7 days, 4 weeks and 12 months. Copy the folder to another disk now and then.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database is on a PostgreSQL server: back it up with pg_dump there.</source>
        <translation>The database is on a PostgreSQL server: back it up with pg_dump there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: {0}</source>
        <translation>Backups folder: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily copy: {0}</source>
        <translation>Daily copy: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other copy: {0}</source>
        <translation>Other copy: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up to {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Pitstop databases (*.db);;All files (*)</source>
        <translation>Pitstop databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All data in the database will be replaced by the data in
{0}.

A copy of the current data is kept in the backups folder first. Pitstop closes afterwards; start it again.

Replace the data?</source>
        <translation>All data in the database will be replaced by the data in
{0}.

A copy of the current data is kept in the backups folder first. Pitstop closes afterwards; start it again.

Replace the data?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data it held before is kept in {0}.</source>
        <translation>The data it held before is kept in {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {0}.</source>
        <translation>The database was restored from {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitstop closes now; start it again.</source>
        <translation>Pitstop closes now; start it again.</translation>
    </message>
</context>
<context>
    <name>BarPlot</name>
    <message numerus="yes">
        <location filename="../../app/ui/reports/bar_plot.py" line="+104"/>
        <source>The first %n of %1 rows</source>
        <translation>
            <numerusform>The first %n of %1 rows</numerusform>
            <numerusform>The first %n of %1 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../app/ui/reports/busy.py" line="+19"/>
        <source>Computing...</source>
        <translation>Computing...</translation>
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
        <translation>17 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Plate</translation>
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
        <translation>Make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage now</source>
        <translation>Mileage now</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a car...</source>
        <translation>Add a car...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit car...</source>
        <translation>Edit car...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>≈ {0} km now</source>
        <translation>≈ {0} km now</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../app/ui/settings/editor.py" line="+50"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new one from the form</source>
        <translation>Add a new one from the form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form over the chosen line</source>
        <translation>Save the form over the chosen line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/ui/reports/chart_panel.py" line="+72"/>
        <source>Nothing in this period</source>
        <translation>Nothing in this period</translation>
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
        <translation>Edit details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as departed...</source>
        <translation>Mark as departed...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with...</source>
        <translation>Merge with...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New reminder...</source>
        <translation>New reminder...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>client since {0}</source>
        <translation>client since {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>came from: {0}</source>
        <translation>came from: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred by {0} →</source>
        <translation>Referred by {0} →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits ({0})</source>
        <translation>Visits ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars ({0})</source>
        <translation>Cars ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders ({0})</source>
        <translation>Reminders ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients ({0})</source>
        <translation>Referred clients ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departed on {0}: {1}</source>
        <translation>Departed on {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow contact</source>
        <translation>Allow contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact...</source>
        <translation>Do not contact...</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_dialog.py" line="+56"/>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>050 123 45 67</source>
        <translation>050 123 45 67</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First car (may be left empty)</source>
        <translation>First car (may be left empty)</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="+96"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add to call list</source>
        <translation>Add to call list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder to call each selected client (all when none)</source>
        <translation>A reminder to call each selected client (all when none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder note:</source>
        <translation>Reminder note:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call on:</source>
        <translation>Call on:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding...</source>
        <translation>Adding...</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Added %n reminder(s).</source>
        <translation>
            <numerusform>Added %n reminder.</numerusform>
            <numerusform>Added %n reminders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who asked not to be contacted.</source>
        <translation>
            <numerusform>Skipped %n who asked not to be contacted.</numerusform>
            <numerusform>Skipped %n who asked not to be contacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who left.</source>
        <translation>
            <numerusform>Skipped %n who left.</numerusform>
            <numerusform>Skipped %n who left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/clients/picker.py" line="+45"/>
        <source>Type part of a name, phone or plate</source>
        <translation>Type part of a name, phone or plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/client_picker.py" line="+33"/>
        <source>Name, phone or plate</source>
        <translation>Name, phone or plate</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/table_model.py" line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plates</source>
        <translation>Plates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>departed</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="-110"/>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on %1</source>
        <translation>left on %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/page.py" line="+44"/>
        <source>Search by name, phone or plate (Ctrl+F)</source>
        <translation>Search by name, phone or plate (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (a visit in the last year)</source>
        <translation>Active (a visit in the last year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost regulars</source>
        <translation>Lost regulars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {0} clients; scroll for more</source>
        <translation>First {0} clients; scroll for more</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+26"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="+24"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+30"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-102"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
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
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-5"/>
        <location filename="../../app/ui/reminders/model.py" line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+53"/>
        <location filename="../../app/ui/visits/items.py" line="+44"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+2"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due at, km</source>
        <translation>Due at, km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Km now (est.)</source>
        <translation>Km now (est.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="-5"/>
        <source>Remind about</source>
        <translation>Remind about</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/items.py" line="+1"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+4"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="-8"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../app/ui/conflict.py" line="+44"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/connection.py" line="+42"/>
        <location line="+25"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A file on this computer (one desk)</source>
        <translation>A file on this computer (one desk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s PostgreSQL server (several desks)</source>
        <translation>The shop&apos;s PostgreSQL server (several desks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>File</translation>
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
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The choice is this computer&apos;s and counts from the next login. Log in there with an account of that database.</source>
        <translation>The choice is this computer&apos;s and counts from the next login. Log in there with an account of that database.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitstop database (*.db)</source>
        <translation>Pitstop database (*.db)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+76"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 to %2, as of %3; changes against the previous period and a year ago</source>
        <translation>%1 to %2, as of %3; changes against the previous period and a year ago</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+85"/>
        <location line="+1"/>
        <source>Mark as departed</source>
        <translation>Mark as departed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; no longer comes to the shop.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; no longer comes to the shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="+103"/>
        <source>Dismiss a reminder</source>
        <translation>Dismiss a reminder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold the car</source>
        <translation>Sold the car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serviced elsewhere</source>
        <translation>Serviced elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work already done</source>
        <translation>Work already done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the call is not needed</source>
        <translation>Why the call is not needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+27"/>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. asked by phone not to call</source>
        <translation>e.g. asked by phone not to call</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gets no calls or reminders.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; gets no calls or reminders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+51"/>
        <source>Predicted from the car&apos;s recorded mileage</source>
        <translation>Predicted from the car&apos;s recorded mileage</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mileage reached</source>
        <translation>mileage reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by mileage</source>
        <translation>by mileage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>departed</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../../app/ui/clients/refusals.py" line="+30"/>
        <source>Open that client</source>
        <translation>Open that client</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error happened. Pitstop CRM keeps running; what you were doing may not have been finished, so please check it.

The details were written to the log file:
{0}</source>
        <translation>An unexpected error happened. Pitstop CRM keeps running; what you were doing may not have been finished, so please check it.

The details were written to the log file:
{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The task &apos;{0}&apos; failed.</source>
        <translation>The task &apos;{0}&apos; failed.</translation>
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
        <translation>Shown table as CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables as an Excel workbook...</source>
        <translation>All tables as an Excel workbook...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the tables</source>
        <translation>Export the tables</translation>
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
        <translation>Pitstop CRM: first start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the shop&apos;s server...</source>
        <translation>Use the shop&apos;s server...</translation>
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

First start: preparing demo data...
{0}</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+88"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a visit</source>
        <translation>Linked to a visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="+142"/>
        <source>A call or a walk-in: type the phone or the name, pick the source, press Enter. When a visit is saved for the client, the inquiry is offered for linking.</source>
        <translation>A call or a walk-in: type the phone or the name, pick the source, press Enter. When a visit is saved for the client, the inquiry is offered for linking.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../app/ui/reports/kpi_cards.py" line="+69"/>
        <source>vs previous period</source>
        <translation>vs previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year ago</source>
        <translation>vs a year ago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Then: %1</source>
        <translation>Then: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/visits/labels.py" line="+9"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/ui/settings/language.py" line="+35"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language will be used after Pitstop CRM is restarted.</source>
        <translation>The new language will be used after Pitstop CRM is restarted.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-143"/>
        <source>Pitstop CRM: log in</source>
        <translation>Pitstop CRM: log in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database...</source>
        <translation>Database...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong passwords; try again in %1 s</source>
        <translation>Too many wrong passwords; try again in %1 s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>%1 (%2): log out</source>
        <translation>%1 (%2): log out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and let another person log in (Ctrl+Shift+L)</source>
        <translation>Log out and let another person log in (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>MastersEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+148"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Works here</source>
        <translation>Works here</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works here (offered for new visits)</source>
        <translation>Works here (offered for new visits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+18"/>
        <source>Merge clients</source>
        <translation>Merge clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the duplicate of &lt;b&gt;{0}&lt;/b&gt;. Its cars, visits, inquiries and reminders move to {0}, and the duplicate is deleted.</source>
        <translation>Find the duplicate of &lt;b&gt;{0}&lt;/b&gt;. Its cars, visits, inquiries and reminders move to {0}, and the duplicate is deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>NamedEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="-117"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/pages.py" line="+24"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+38"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="+96"/>
        <source>Save as PDF...</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 to %2, as of %3</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../app/ui/reports/period.py" line="+44"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count only what was known on this evening</source>
        <translation>Count only what was known on this evening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../app/ui/clients/privacy.py" line="+36"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export client data...</source>
        <translation>Export client data...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise...</source>
        <translation>Anonymise...</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Export client data</source>
        <translation>Export client data</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stored about the client was saved to {0}.</source>
        <translation>Everything stored about the client was saved to {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Anonymise client</source>
        <translation>Anonymise client</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anonymise &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The name, phone, email, notes, plates, VINs and the notes of visits, reminders and inquiries are erased for good. Visits and amounts stay, so the reports do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Anonymise &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The name, phone, email, notes, plates, VINs and the notes of visits, reminders and inquiries are erased for good. Visits and amounts stay, so the reports do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="-88"/>
        <source>Phone and / or name (empty: anonymous)</source>
        <translation>Phone and / or name (empty: anonymous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log (Enter)</source>
        <translation>Log (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>RecentVisits</name>
    <message>
        <location filename="../../app/ui/visits/recent.py" line="+32"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/visits/errors.py" line="+35"/>
        <source>Line {line}, {part}: {text}</source>
        <translation>Line {line}, {part}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="+57"/>
        <source>PostgreSQL is backed up with its own tools: use pg_dump</source>
        <translation>PostgreSQL is backed up with its own tools: use pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL is restored with its own tools: use pg_restore or psql</source>
        <translation>PostgreSQL is restored with its own tools: use pg_restore or psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files</source>
        <translation>PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an in-memory database has no file to {action}</source>
        <translation>an in-memory database has no file to {action}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>there is no database at {path}</source>
        <translation>there is no database at {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup cannot replace the database itself</source>
        <translation>the backup cannot replace the database itself</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>there is no file {path}</source>
        <translation>there is no file {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the database itself, not a backup</source>
        <translation>this is the database itself, not a backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a sound Pitstop database: {problems}</source>
        <translation>{path} is not a sound Pitstop database: {problems}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the backup could not be put in place: {reason}</source>
        <translation>the backup could not be put in place: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/demo/writer.py" line="+56"/>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {max}</source>
        <translation>must be between 1 and {max}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already has {count} clients: demo data goes only into an empty database</source>
        <translation>already has {count} clients: demo data goes only into an empty database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already has {table}: demo data goes only into an empty database</source>
        <translation>already has {table}: demo data goes only into an empty database</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="+84"/>
        <location filename="../../app/services/checks.py" line="+48"/>
        <location filename="../../app/services/settings.py" line="+72"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must lie between {min} and {max}</source>
        <translation>must lie between {min} and {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/checks.py" line="+9"/>
        <source>must be at least {min}</source>
        <translation>must be at least {min}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>&apos;{value}&apos; is not 0 or 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not a date like 2025-03-01</source>
        <translation>&apos;{value}&apos; is not a date like 2025-03-01</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not a date and time like 2025-03-01 09:30</source>
        <translation>&apos;{value}&apos; is not a date and time like 2025-03-01 09:30</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>&apos;{value}&apos; is not one of {choices}</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+112"/>
        <source>no department {id}</source>
        <translation>no department {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="+68"/>
        <source>Your role does not allow this; ask the owner.</source>
        <translation>Your role does not allow this; ask the owner.</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="+60"/>
        <source>the owner&apos;s account already exists; log in</source>
        <translation>the owner&apos;s account already exists; log in</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the program&apos;s own account has no password</source>
        <translation>the program&apos;s own account has no password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current password is not right</source>
        <translation>the current password is not right</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>wrong login or password</source>
        <translation>wrong login or password</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too many wrong passwords; try again in {seconds} s</source>
        <translation>too many wrong passwords; try again in {seconds} s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a login has no spaces</source>
        <translation>a login has no spaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this login is taken</source>
        <translation>this login is taken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a password needs at least {count} characters</source>
        <translation>a password needs at least {count} characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a password has at most {count} characters</source>
        <translation>a password has at most {count} characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password cannot contain a NUL character</source>
        <translation>a password cannot contain a NUL character</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shop needs at least one active owner</source>
        <translation>the shop needs at least one active owner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be owner or admin</source>
        <translation>must be owner or admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such account</source>
        <translation>no such account</translation>
    </message>
    <message>
        <location filename="../../app/services/book.py" line="+71"/>
        <source>must not be before the first day</source>
        <translation>must not be before the first day</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../app/services/visits.py" line="+259"/>
        <source>&apos;{value}&apos; is not a visit status</source>
        <translation>&apos;{value}&apos; is not a visit status</translation>
    </message>
    <message>
        <location filename="../../app/services/call_list.py" line="+51"/>
        <source>choose at least one client</source>
        <translation>choose at least one client</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/services/clients.py" line="+187"/>
        <location filename="../../app/services/reminders.py" line="+120"/>
        <location line="+26"/>
        <location line="+59"/>
        <location filename="../../app/services/reminders_due.py" line="+227"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; is not a date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be in the past</source>
        <translation>must not be in the past</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {max} characters</source>
        <translation>at most {max} characters</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no client with id {id}</source>
        <translation>there is no client with id {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="+268"/>
        <source>&apos;{name}&apos; already exists</source>
        <translation>&apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/services/client_status.py" line="+84"/>
        <location filename="../../app/services/visits.py" line="+54"/>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <location filename="../../app/services/checks.py" line="-34"/>
        <source>must be chosen</source>
        <translation>must be chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>there is no record with id {id}</source>
        <translation>there is no record with id {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/money.py" line="+24"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/money.py" line="+28"/>
        <location line="+9"/>
        <location line="+16"/>
        <location filename="../../app/services/settings.py" line="+3"/>
        <source>must be above zero</source>
        <translation>must be above zero</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="-47"/>
        <location filename="../../app/services/checks.py" line="+6"/>
        <location filename="../../app/services/money.py" line="-42"/>
        <location line="+54"/>
        <source>must be at most {max}</source>
        <translation>must be at most {max}</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="-40"/>
        <source>must be given</source>
        <translation>must be given</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>a client cannot be merged with itself</source>
        <translation>a client cannot be merged with itself</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="-15"/>
        <source>{phone} is the phone of another client</source>
        <translation>{phone} is the phone of another client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>&apos;{value}&apos; is not an email address</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+42"/>
        <location filename="../../app/services/clients.py" line="+13"/>
        <location filename="../../app/services/inquiries.py" line="+97"/>
        <location filename="../../app/services/reminders.py" line="-82"/>
        <source>must not be in the future</source>
        <translation>must not be in the future</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="+5"/>
        <source>must not be after the day the client left</source>
        <translation>must not be after the day the client left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client cannot refer itself</source>
        <translation>a client cannot refer itself</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+3"/>
        <source>must not be before the registration date</source>
        <translation>must not be before the registration date</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+57"/>
        <source>This record was changed after you opened it; reload it and make your change again.</source>
        <translation>This record was changed after you opened it; reload it and make your change again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record was changed by {who} at {when} after you opened it; reload it and make your change again.</source>
        <translation>This record was changed by {who} at {when} after you opened it; reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/services/inquiries.py" line="-10"/>
        <location filename="../../app/services/visits.py" line="-104"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>&apos;{value}&apos; is not a date and time</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/visits.py" line="+5"/>
        <source>must be a local time without a zone</source>
        <translation>must be a local time without a zone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not an inquiry channel</source>
        <translation>&apos;{value}&apos; is not an inquiry channel</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>the visit is of another client</source>
        <translation>the visit is of another client</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="-61"/>
        <source>&apos;{value}&apos; is not an amount like 1250.50</source>
        <translation>&apos;{value}&apos; is not an amount like 1250.50</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{value}&apos; is not a quantity like 1 or 4.5</source>
        <translation>&apos;{value}&apos; is not a quantity like 1 or 4.5</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location filename="../../app/services/settings.py" line="+7"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most three decimal places</source>
        <translation>at most three decimal places</translation>
    </message>
    <message>
        <location filename="../../app/services/normalize.py" line="+28"/>
        <source>holds a character that cannot be stored</source>
        <translation>holds a character that cannot be stored</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <location filename="../../app/services/settings.py" line="+23"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <location line="+32"/>
        <source>is longer than {max} characters</source>
        <translation>is longer than {max} characters</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>&apos;{value}&apos; is not a phone number</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must have 17 characters, not {count}</source>
        <translation>must have 17 characters, not {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may hold only digits and letters other than I, O and Q</source>
        <translation>may hold only digits and letters other than I, O and Q</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+190"/>
        <source>cannot write {path}: {reason}</source>
        <translation>cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client is already anonymised</source>
        <translation>the client is already anonymised</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="+27"/>
        <source>must be a day in the future</source>
        <translation>must be a day in the future</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../app/services/visits.py" line="+7"/>
        <source>the car belongs to another client</source>
        <translation>the car belongs to another client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a due date, a due mileage or both</source>
        <translation>give a due date, a due mileage or both</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reminder is already {status}</source>
        <translation>the reminder is already {status}</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="-59"/>
        <source>is not a setting</source>
        <translation>is not a setting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the B threshold must lie above the A threshold and &lt;= 1</source>
        <translation>the B threshold must lie above the A threshold and &lt;= 1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must lie between 0 and 1</source>
        <translation>must lie between 0 and 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a country code like UA</source>
        <translation>&apos;{value}&apos; is not a country code like UA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a currency code like UAH</source>
        <translation>&apos;{value}&apos; is not a currency code like UAH</translation>
    </message>
    <message>
        <location filename="../../app/services/vehicles.py" line="+90"/>
        <source>{value} is already recorded for another car</source>
        <translation>{value} is already recorded for another car</translation>
    </message>
    <message>
        <location filename="../../app/services/visits.py" line="+11"/>
        <source>{name} no longer works here</source>
        <translation>{name} no longer works here</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a visit that has not started cannot be completed</source>
        <translation>a visit that has not started cannot be completed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{mileage} km is less than {other} km recorded on {on}</source>
        <translation>{mileage} km is less than {other} km recorded on {on}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mileage} km is more than {other} km recorded later, on {on}</source>
        <translation>{mileage} km is more than {other} km recorded later, on {on}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="+94"/>
        <source>cannot connect: {reason}</source>
        <translation>cannot connect: {reason}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The database is busy (a long save elsewhere): nothing was saved; try again.</source>
        <translation>The database is busy (a long save elsewhere): nothing was saved; try again.</translation>
    </message>
    <message>
        <location filename="../../app/commands/user.py" line="+92"/>
        <source>no account {login}</source>
        <translation>no account {login}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders/alerts.py" line="+48"/>
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n reminder due today</numerusform>
            <numerusform>%n reminders due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pitstop CRM: %n reminder(s) due today</source>
        <translation>
            <numerusform>Pitstop CRM: %n reminder due today</numerusform>
            <numerusform>Pitstop CRM: %n reminders due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reminder(s) to call</source>
        <translation>
            <numerusform>%n reminder to call</numerusform>
            <numerusform>%n reminders to call</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../app/ui/reminders/edit_dialog.py" line="+78"/>
        <source>New reminder</source>
        <translation>New reminder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <translation>By date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By mileage</source>
        <translation>By mileage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a date and a mileage the reminder is due by whichever comes first.</source>
        <translation>With a date and a mileage the reminder is due by whichever comes first.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no car)</source>
        <translation>(no car)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no service)</source>
        <translation>(no service)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No mileage recorded for this car yet</source>
        <translation>No mileage recorded for this car yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last reading {0} km on {1}</source>
        <translation>Last reading {0} km on {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now about {0} km ({1} km a day)</source>
        <translation>Now about {0} km ({1} km a day)</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="+39"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../app/ui/reminders/page.py" line="+83"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show do-not-contact and departed clients</source>
        <translation>Show do-not-contact and departed clients</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was reached: the work is booked or done</source>
        <translation>The client was reached: the work is booked or done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Snooze...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss...</source>
        <translation>Dismiss...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upcoming: the next</source>
        <translation>Upcoming: the next</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updated at {0}</source>
        <translation>Updated at {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Upcoming (%n)</numerusform>
            <numerusform>Upcoming %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="+21"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due at, km</source>
        <translation>Due at, km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>snoozed to {0}</source>
        <translation>snoozed to {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done on {0}</source>
        <translation>done on {0}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../app/ui/reports/charts.py" line="+51"/>
        <location line="+18"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+173"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total clients</source>
        <translation>Total clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and departed clients by month; the line is the client base</source>
        <translation>New and departed clients by month; the line is the client base</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="-58"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+1"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients referred</source>
        <translation>Clients referred</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who brought new clients</source>
        <translation>Who brought new clients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departed clients</source>
        <translation>Departed clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By reason</source>
        <translation>By reason</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days since the last visit</source>
        <translation>Days since the last visit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the last visit, richest clients first</source>
        <translation>Days since the last visit, richest clients first</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/dashboard.py" line="-81"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+47"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pareto: revenue by client (A, B, C) and the running share</source>
        <translation>Pareto: revenue by client (A, B, C) and the running share</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A up to {0} %</source>
        <translation>A up to {0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B up to {0} %</source>
        <translation>B up to {0} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Clients by segment</source>
        <translation>Clients by segment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients by recency (R) and frequency (F)</source>
        <translation>Clients by recency (R) and frequency (F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of each cohort coming back, by month after the first visit</source>
        <translation>Share of each cohort coming back, by month after the first visit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months after the first visit</source>
        <translation>Months after the first visit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clients by kind</source>
        <translation>Clients by kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+3"/>
        <source>Top spenders</source>
        <translation>Top spenders</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/shop_charts.py" line="-127"/>
        <source>Active clients using it</source>
        <translation>Active clients using it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of active clients using each department</source>
        <translation>Share of active clients using each department</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used the row&apos;s department but not the column&apos;s</source>
        <translation>Used the row&apos;s department but not the column&apos;s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revenue by month and department</source>
        <translation>Revenue by month and department</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Completed visits by weekday and hour</source>
        <translation>Completed visits by weekday and hour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inquiries and the visits they became, by day</source>
        <translation>Inquiries and the visits they became, by day</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inquiries and the visits they became, by week</source>
        <translation>Inquiries and the visits they became, by week</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revenue by master</source>
        <translation>Revenue by master</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First visits by department and how many came back within a year</source>
        <translation>First visits by department and how many came back within a year</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+29"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Churn reason</source>
        <translation>Churn reason</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+37"/>
        <source>Share</source>
        <translation>Share</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Left on</translation>
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
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="+7"/>
        <location filename="../../app/reports/pdf/summary.py" line="+6"/>
        <location filename="../../app/reports/rfm.py" line="+1"/>
        <location line="+9"/>
        <source>Lifetime revenue</source>
        <translation>Lifetime revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="-5"/>
        <location filename="../../app/reports/pdf/summary.py" line="-5"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="-1"/>
        <location filename="../../app/reports/pdf/clients.py" line="-1"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained by month</source>
        <translation>Retained by month</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+24"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="-13"/>
        <location filename="../../app/reports/trends.py" line="-3"/>
        <source>Department ID</source>
        <translation>Department ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+21"/>
        <location filename="../../app/reports/trends.py" line="+1"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penetration</source>
        <translation>Penetration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used department</source>
        <translation>Used department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used department</source>
        <translation>Not used department</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/reports/rfm.py" line="-13"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/lost.py" line="-3"/>
        <location filename="../../app/reports/pdf/summary.py" line="-2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue in 365 days</source>
        <translation>Revenue in 365 days</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+30"/>
        <location filename="../../app/reports/trends.py" line="-2"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+2"/>
        <location filename="../../app/reports/sources.py" line="-4"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total clients</source>
        <translation>Total clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visits</source>
        <translation>First visits</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="-2"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/pdf/shop.py" line="+253"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+48"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>A year ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+2"/>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average interval, days</source>
        <translation>Average interval, days</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/rfm.py" line="+2"/>
        <source>Days since last visit</source>
        <translation>Days since last visit</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="-2"/>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <location filename="../../app/reports/trends.py" line="+3"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+1"/>
        <source>Average check</source>
        <translation>Average check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1-2</source>
        <translation>Ratings 1-2</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+4"/>
        <source>Usually every, days</source>
        <translation>Usually every, days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+17"/>
        <source>Referrer ID</source>
        <translation>Referrer ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients</source>
        <translation>Referred clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of referred</source>
        <translation>Revenue of referred</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="-1"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Return rate</translation>
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
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="-2"/>
        <source>Source ID</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue of new clients</source>
        <translation>Revenue of new clients</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+2"/>
        <source>Share of month</source>
        <translation>Share of month</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../../app/ui/reports/drill.py" line="+80"/>
        <location line="+43"/>
        <source>Departed in {0}</source>
        <translation>Departed in {0}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>First visits in {0}</source>
        <translation>First visits in {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered in {0}</source>
        <translation>Registered in {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New clients from {0}</source>
        <translation>New clients from {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred by {0}</source>
        <translation>Referred by {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departed: {0}</source>
        <translation>Departed: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use {0} but not {1}</source>
        <translation>Use {0} but not {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active clients using {0}</source>
        <translation>Active clients using {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+156"/>
        <source>Active clients not using {0}</source>
        <translation>Active clients not using {0}</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Offer: {0}</source>
        <translation>Offer: {0}</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits on {0} at {1}:00</source>
        <translation>Visits on {0} at {1}:00</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Converted inquiries of {0}</source>
        <translation>Converted inquiries of {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries of {0}</source>
        <translation>Inquiries of {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients of {0}</source>
        <translation>Clients of {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>At risk: invite back</source>
        <translation>At risk: invite back</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Cohort {0}, month +{1}</source>
        <translation>Cohort {0}, month +{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Came back after a first visit: {0}</source>
        <translation>Came back after a first visit: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First visits: {0}</source>
        <translation>First visits: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lost clients</source>
        <translation>Lost clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost client: invite back</source>
        <translation>Lost client: invite back</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cohort {0}: never came back</source>
        <translation>Cohort {0}: never came back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit only: invite back</source>
        <translation>First visit only: invite back</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/reports/pdf/clients.py" line="-257"/>
        <source>No clients registered by the end of the period.</source>
        <translation>No clients registered by the end of the period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <location filename="../../app/reports/pdf/shop.py" line="-220"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total clients (right axis)</source>
        <translation>Total clients (right axis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and departed clients per month, total clients at the month&apos;s end</source>
        <translation>New and departed clients per month, total clients at the month&apos;s end</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/reports/pdf/shop.py" line="+246"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted inquiries</source>
        <translation>Converted inquiries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New clients and inquiries per source</source>
        <translation>New clients and inquiries per source</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referred clients</source>
        <translation>Referred clients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients referred, top {n} referrers (with their referrals&apos; revenue)</source>
        <translation>Clients referred, top {n} referrers (with their referrals&apos; revenue)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <location line="+24"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Departed clients by reason</source>
        <translation>Departed clients by reason</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Departures per month, by reason</source>
        <translation>Departures per month, by reason</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days since the last visit</source>
        <translation>Days since the last visit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since the last visit: the {n} with the highest lifetime revenue</source>
        <translation>Days since the last visit: the {n} with the highest lifetime revenue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Class {abc}</source>
        <translation>Class {abc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cumulative share of revenue (right axis)</source>
        <translation>Cumulative share of revenue (right axis)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revenue of the top {n} clients ({currency}) and its cumulative share</source>
        <translation>Revenue of the top {n} clients ({currency}) and its cumulative share</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clients per segment (with their lifetime revenue)</source>
        <translation>Clients per segment (with their lifetime revenue)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients by recency score (R) and frequency score (F)</source>
        <translation>Clients by recency score (R) and frequency score (F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/pdf/layout.py" line="+23"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (the last {n} cohorts)</source>
        <translation> (the last {n} cohorts)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients of each cohort with a completed visit in month +k (+0 = all).</source>
        <translation>Clients of each cohort with a completed visit in month +k (+0 = all).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocates</source>
        <translation>Advocates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Complainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clients per kind</source>
        <translation>Clients per kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/document.py" line="+93"/>
        <source>Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}</source>
        <translation>Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page {number} of {total}</source>
        <translation>page {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/layout.py" line="-1"/>
        <source>Departed clients</source>
        <translation>Departed clients</translation>
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
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients served</source>
        <translation>Clients served</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Average check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Days between visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits by returning clients</source>
        <translation>Visits by returning clients</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vs previous</source>
        <translation>vs previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs year ago</source>
        <translation>vs year ago</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>A year ago</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Penetration</source>
        <translation>Penetration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active clients who used each department in the last 365 days</source>
        <translation>Active clients who used each department in the last 365 days</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call to offer {name}: active clients who have not used it</source>
        <translation>Call to offer {name}: active clients who have not used it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every active client has used it.</source>
        <translation>Every active client has used it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revenue per month by department ({currency})</source>
        <translation>Revenue per month by department ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed visits in this period.</source>
        <translation>No completed visits in this period.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion (right axis)</source>
        <translation>Conversion (right axis)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries and converted inquiries per month</source>
        <translation>Inquiries and converted inquiries per month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries and converted inquiries per day</source>
        <translation>Inquiries and converted inquiries per day</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue per master</source>
        <translation>Revenue per master</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Return rate</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+14"/>
        <source>Key numbers</source>
        <translation>Key numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client base growth</source>
        <translation>Client base growth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why clients left</source>
        <translation>Why clients left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client left in this period.</source>
        <translation>No client left in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department gaps</source>
        <translation>Department gaps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top {n} clients by revenue</source>
        <translation>Top {n} clients by revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top clients</source>
        <translation>Top clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call list: lost regular clients ({n})</source>
        <translation>Call list: lost regular clients ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients with 2 or more visits whose last visit is longer ago than both 90 days and twice their usual interval; neither departed nor do-not-contact. Most valuable first.</source>
        <translation>Clients with 2 or more visits whose last visit is longer ago than both 90 days and twice their usual interval; neither departed nor do-not-contact. Most valuable first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody to call.</source>
        <translation>Nobody to call.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/tables.py" line="+65"/>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/values.py" line="+64"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="-73"/>
        <source>The first %1 of %2 rows; the PDF has them all.</source>
        <translation>The first %1 of %2 rows; the PDF has them all.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../app/ui/reports/tables.py" line="+32"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used but not</source>
        <translation>Used but not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R x F</source>
        <translation>R x F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month +{n}</source>
        <translation>Month +{n}</translation>
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
        <translation>{title}: {start} .. {end} (as of {as_of})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no rows)</source>
        <translation>(no rows)</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../app/ui/reports/values.py" line="+31"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocates</source>
        <translation>Advocates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Complainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Average check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Days between visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning clients&apos; visits</source>
        <translation>Returning clients&apos; visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source</source>
        <translation>no source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/view.py" line="+88"/>
        <source>Candidates for: (choose a department)</source>
        <translation>Candidates for: (choose a department)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show top </source>
        <translation>Show top </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to call list...</source>
        <translation>Add to call list...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 to %2, as of %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved the PDF to %1</source>
        <translation>Saved the PDF to %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clients of the selected cohort who never came back</source>
        <translation>Clients of the selected cohort who never came back</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+79"/>
        <source>Churn by reason</source>
        <translation>Churn by reason</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="+54"/>
        <source>Cohorts by first visit</source>
        <translation>Cohorts by first visit</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+48"/>
        <source>Inquiry conversion</source>
        <translation>Inquiry conversion</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+182"/>
        <source>Department gaps</source>
        <translation>Department gaps</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+72"/>
        <source>Client base growth</source>
        <translation>Client base growth</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="+29"/>
        <source>Busy hours</source>
        <translation>Busy hours</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+133"/>
        <source>Key numbers</source>
        <translation>Key numbers</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+83"/>
        <source>Lost regular clients</source>
        <translation>Lost regular clients</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="+45"/>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+51"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="+59"/>
        <source>Return after the first visit</source>
        <translation>Return after the first visit</translation>
    </message>
    <message>
        <location filename="../../app/reports/rfm.py" line="+141"/>
        <source>RFM segments</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+111"/>
        <source>Advocates and complainers</source>
        <translation>Advocates and complainers</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="+80"/>
        <source>Marketing sources</source>
        <translation>Marketing sources</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="+86"/>
        <source>Top clients</source>
        <translation>Top clients</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+61"/>
        <source>Department trends</source>
        <translation>Department trends</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="-64"/>
        <source>Owner&apos;s summary</source>
        <translation>Owner&apos;s summary</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+39"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remind, months</source>
        <translation>Remind, months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind, km</source>
        <translation>Remind, km</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind every, months</source>
        <translation>Remind every, months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind every, km</source>
        <translation>Remind every, km</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-48"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="+67"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reasons</source>
        <translation>Churn reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database...</source>
        <translation>Database...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s database: a file, or the shop&apos;s PostgreSQL server</source>
        <translation>This computer&apos;s database: a file, or the shop&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <location filename="../../app/ui/settings/shop.py" line="+34"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO code of the money shown on every screen and report, e.g. UAH, EUR</source>
        <translation>ISO code of the money shown on every screen and report, e.g. UAH, EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone region</source>
        <translation>Phone region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of phone numbers typed without +, e.g. UA, MD, PL</source>
        <translation>Country of phone numbers typed without +, e.g. UA, MD, PL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="-40"/>
        <source>Snooze a reminder</source>
        <translation>Snooze a reminder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said (optional)</source>
        <translation>What was said (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide until</source>
        <translation>Hide until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="+111"/>
        <source>Reminders after the visit</source>
        <translation>Reminders after the visit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This visit suggests the reminders below. Untick the ones you do not want, or edit one before saving.</source>
        <translation>This visit suggests the reminders below. Untick the ones you do not want, or edit one before saving.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Declined at the visit on {0}</source>
        <translation>Declined at the visit on {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Save %n reminder(s)</source>
        <translation>
            <numerusform>Save %n reminder</numerusform>
            <numerusform>Save %n reminders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location line="-136"/>
        <source>Declined work</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next service</source>
        <translation>Next service</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pending reminder about this service will be marked done.</source>
        <translation>The pending reminder about this service will be marked done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already due: the visit was entered after the date.</source>
        <translation>Already due: the visit was entered after the date.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/page.py" line="+50"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No visits booked for today.</source>
        <translation>No visits booked for today.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln reminder(s) due today</source>
        <translation>
            <numerusform>%Ln reminder due today</numerusform>
            <numerusform>%Ln reminders due today</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders due today.</source>
        <translation>No reminders due today.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln car(s)</source>
        <translation>
            <numerusform>%Ln car</numerusform>
            <numerusform>%Ln cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed visit(s)</source>
        <translation>
            <numerusform>%Ln completed visit</numerusform>
            <numerusform>%Ln completed visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln pending reminder(s)</source>
        <translation>
            <numerusform>%Ln pending reminder</numerusform>
            <numerusform>%Ln pending reminders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln planned</numerusform>
            <numerusform>%Ln planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln no-show</numerusform>
            <numerusform>%Ln no-shows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue %1</source>
        <translation>revenue %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln inquiry(s)</source>
        <translation>
            <numerusform>%Ln inquiry</numerusform>
            <numerusform>%Ln inquirys</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="+47"/>
        <source>Edit car</source>
        <translation>Edit car</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a car</source>
        <translation>Add a car</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialog.py" line="+73"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the visit</source>
        <translation>Complete the visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the visit</source>
        <translation>Edit the visit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>To save it anyway, say why in the mileage note.</source>
        <translation>To save it anyway, say why in the mileage note.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked as departed. Has the client returned?</source>
        <translation>%1 is marked as departed. Has the client returned?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning client</source>
        <translation>Returning client</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The client has %n open inquiry(s) from the last 14 days:</source>
        <translation>
            <numerusform>The client has %n open inquiry from the last 14 days:</numerusform>
            <numerusform>The client has %n open inquirys from the last 14 days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link them to this visit?</source>
        <translation>
            <numerusform>Link them to this visit?</numerusform>
            <numerusform>Link them to this visit?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inquiries</source>
        <translation>Open inquiries</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../app/ui/visits/form.py" line="+75"/>
        <source>km on the odometer</source>
        <translation>km on the odometer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the reading is lower (e.g. new odometer)</source>
        <translation>Why the reading is lower (e.g. new odometer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage note</source>
        <translation>Mileage note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ar</source>
        <translation>C&amp;ar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mileage</source>
        <translation>&amp;Mileage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mas&amp;ter</source>
        <translation>Mas&amp;ter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rating</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Work and parts (type a few letters of a service)</source>
        <translation>&amp;Work and parts (type a few letters of a service)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no car)</source>
        <translation>(no car)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no master)</source>
        <translation>(no master)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined %1 not counted</source>
        <translation>declined %1 not counted</translation>
    </message>
</context>
<context>
    <name>VisitLinesModel</name>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="+78"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="-6"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/page.py" line="+32"/>
        <source>Appointment book</source>
        <translation>Appointment book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit (Ctrl+Shift+N)</source>
        <translation>New visit (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="-153"/>
        <source>Date / work</source>
        <translation>Date / work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-31"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <location filename="../../app/ui/login.py" line="+38"/>
        <source>The owner&apos;s account</source>
        <translation>The owner&apos;s account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password of at least %1 characters. Keep it safe: it opens everything.</source>
        <translation>A password of at least %1 characters. Keep it safe: it opens everything.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <location line="-44"/>
        <source>Welcome to Pitstop CRM</source>
        <translation>Welcome to Pitstop CRM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no accounts yet. Name your shop and create the owner&apos;s account: the owner sees every report, manages the settings and the other accounts of the front desk.</source>
        <translation>This database has no accounts yet. Name your shop and create the owner&apos;s account: the owner sees every report, manages the settings and the other accounts of the front desk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pitstop Service, Kyiv</source>
        <translation>e.g. Pitstop Service, Kyiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
</context>
</TS>
