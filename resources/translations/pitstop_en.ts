<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/pages.py" line="+23"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reports/charts.py" line="+160"/>
        <location line="+65"/>
        <location filename="../../app/ui/reports/tables.py" line="+35"/>
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
        <location filename="../../app/ui/reports/charts.py" line="-166"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+98"/>
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
        <location filename="../../app/ui/reports/charts.py" line="-11"/>
        <location line="+10"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+55"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total clients</source>
        <translation>Total clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and departed clients by month; the line is the client base</source>
        <translation>New and departed clients by month; the line is the client base</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="-55"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients referred</source>
        <translation>Clients referred</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+14"/>
        <source>Days since the last visit</source>
        <translation>Days since the last visit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since the last visit, richest clients first</source>
        <translation>Days since the last visit, richest clients first</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+46"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pareto: revenue by client (A, B, C) and the running share</source>
        <translation>Pareto: revenue by client (A, B, C) and the running share</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A up to {0} %</source>
        <translation>A up to {0} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B up to {0} %</source>
        <translation>B up to {0} %</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+10"/>
        <source>Months after the first visit</source>
        <translation>Months after the first visit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clients by kind</source>
        <translation>Clients by kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/drill.py" line="+82"/>
        <location line="+37"/>
        <source>Departed in {0}</source>
        <translation>Departed in {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>First visits in {0}</source>
        <translation>First visits in {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered in {0}</source>
        <translation>Registered in {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New clients from {0}</source>
        <translation>New clients from {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referred by {0}</source>
        <translation>Referred by {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departed: {0}</source>
        <translation>Departed: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use {0} but not {1}</source>
        <translation>Use {0} but not {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active clients using {0}</source>
        <translation>Active clients using {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+130"/>
        <source>Active clients not using {0}</source>
        <translation>Active clients not using {0}</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Offer: {0}</source>
        <translation>Offer: {0}</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visits on {0} at {1}:00</source>
        <translation>Visits on {0} at {1}:00</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Converted inquiries of {0}</source>
        <translation>Converted inquiries of {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inquiries of {0}</source>
        <translation>Inquiries of {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients of {0}</source>
        <translation>Clients of {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+86"/>
        <source>At risk: invite back</source>
        <translation>At risk: invite back</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cohort {0}, month +{1}</source>
        <translation>Cohort {0}, month +{1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Came back after a first visit: {0}</source>
        <translation>Came back after a first visit: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First visits: {0}</source>
        <translation>First visits: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lost clients</source>
        <translation>Lost clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost client: invite back</source>
        <translation>Lost client: invite back</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cohort {0}: never came back</source>
        <translation>Cohort {0}: never came back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit only: invite back</source>
        <translation>First visit only: invite back</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/shop_charts.py" line="-115"/>
        <source>Active clients using it</source>
        <translation>Active clients using it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of active clients using each department</source>
        <translation>Share of active clients using each department</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used the row&apos;s department but not the column&apos;s</source>
        <translation>Used the row&apos;s department but not the column&apos;s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue by month and department</source>
        <translation>Revenue by month and department</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completed visits by weekday and hour</source>
        <translation>Completed visits by weekday and hour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+6"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First visits by department and how many came back within a year</source>
        <translation>First visits by department and how many came back within a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/tables.py" line="-1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../app/ui/settings/editor.py" line="+42"/>
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
        <location line="+79"/>
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
        <location filename="../../app/ui/clients/card.py" line="+79"/>
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
        <location line="+27"/>
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
        <location filename="../../app/ui/reports/clients_dialog.py" line="+95"/>
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
        <location filename="../../app/ui/clients/picker.py" line="+44"/>
        <source>Type part of a name, phone or plate</source>
        <translation>Type part of a name, phone or plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/client_picker.py" line="+32"/>
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
        <location line="+102"/>
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
        <location line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="-1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="-1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+90"/>
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
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+84"/>
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
    <name>FirstStart</name>
    <message>
        <location filename="../../app/main.py" line="+107"/>
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
    <name>QuickLog</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="-80"/>
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
        <location line="+12"/>
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
        <location filename="../../app/ui/reminders/page.py" line="+82"/>
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
        <location line="+32"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <name>ReportPrinting</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="-73"/>
        <source>The first %1 of %2 rows; the PDF has them all.</source>
        <translation>The first %1 of %2 rows; the PDF has them all.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/view.py" line="+86"/>
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
        <location line="+67"/>
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
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="+52"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="+60"/>
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
    <message>
        <location line="+23"/>
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
        <location filename="../../app/ui/clients/car_form.py" line="+90"/>
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
        <location filename="../../app/ui/visits/dialog.py" line="+72"/>
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
    <name>charts</name>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="-80"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top spenders</source>
        <translation>Top spenders</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="-55"/>
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
</TS>
