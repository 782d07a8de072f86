<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/ui/format.py" line="+67"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+177"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New account...</source>
        <translation>Новий обліковий запис...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>Задати пароль...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Змінити роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off / on</source>
        <translation>Вимкнути / увімкнути</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>вимкнений</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location line="-126"/>
        <source>New account</source>
        <translation>Новий обліковий запис</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <location filename="../../app/ui/visits/book.py" line="+113"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete...</source>
        <translation>Завершити...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The car is here: log the work done (Enter)</source>
        <translation>Авто на місці: записати виконані роботи (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit...</source>
        <translation>Змінити...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation>Позначити скасованим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-show</source>
        <translation>Позначити: не з&apos;явився</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n запланований</numerusform>
            <numerusform>%n заплановані</numerusform>
            <numerusform>%n запланованих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="+32"/>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit line</source>
        <translation>Рядок візиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiry</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location line="-76"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Дата реєстрації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Рекомендував(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Дата вибуття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reason</source>
        <translation>Причина відтоку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn note</source>
        <translation>Примітка до відтоку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Пробіг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Відгук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage note</source>
        <translation>Примітка до пробігу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (thousandths)</source>
        <translation>Кількість (тисячні)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (minor units)</source>
        <translation>Ціна (копійки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Відмовився</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Дата нагадування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due mileage</source>
        <translation>Пробіг нагадування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Дата створення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until</source>
        <translation>Відкладено до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+106"/>
        <source>Client number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older...</source>
        <translation>Старіші...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only client</source>
        <translation>Лише клієнт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of changes</source>
        <translation>Історія змін</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>Показано %n зміну</numerusform>
            <numerusform>Показано %n зміни</numerusform>
            <numerusform>Показано %n змін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="+48"/>
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Створити копію зараз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore...</source>
        <translation>Відновити...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy is made every day while Pitstop runs; kept are the last 7 days, 4 weeks and 12 months. Copy the folder to another disk now and then.</source>
        <translation>Копія створюється щодня, поки працює Pitstop; зберігаються копії за останні 7 днів, 4 тижні та 12 місяців. Час від часу копіюйте теку на інший диск.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database is on a PostgreSQL server: back it up with pg_dump there.</source>
        <translation>База даних на сервері PostgreSQL: робіть її резервні копії там за допомогою pg_dump.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: {0}</source>
        <translation>Тека резервних копій: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily copy: {0}</source>
        <translation>Щоденна копія: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other copy: {0}</source>
        <translation>Інша копія: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up to {0}</source>
        <translation>Копію збережено: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Pitstop databases (*.db);;All files (*)</source>
        <translation>Бази Pitstop (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All data in the database will be replaced by the data in
{0}.

A copy of the current data is kept in the backups folder first. Pitstop closes afterwards; start it again.

Replace the data?</source>
        <translation>Усі дані в базі буде замінено даними з
{0}.

Спершу копію поточних даних буде збережено в теці резервних копій. Після цього Pitstop закриється; запустіть його знову.

Замінити дані?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data it held before is kept in {0}.</source>
        <translation>Попередні дані збережено в {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {0}.</source>
        <translation>Базу даних відновлено з {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitstop closes now; start it again.</source>
        <translation>Pitstop зараз закриється; запустіть його знову.</translation>
    </message>
</context>
<context>
    <name>BarPlot</name>
    <message numerus="yes">
        <location filename="../../app/ui/reports/bar_plot.py" line="+104"/>
        <source>The first %n of %1 rows</source>
        <translation>
            <numerusform>Перший %n з %1 рядків</numerusform>
            <numerusform>Перші %n з %1 рядків</numerusform>
            <numerusform>Перші %n з %1 рядків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../app/ui/reports/busy.py" line="+19"/>
        <source>Computing...</source>
        <translation>Обчислення...</translation>
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
        <translation>17 символів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Номер</translation>
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
        <translation>Марка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage now</source>
        <translation>Пробіг зараз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a car...</source>
        <translation>Додати авто...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit car...</source>
        <translation>Змінити авто...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>≈ {0} km now</source>
        <translation>≈ {0} км зараз</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../app/ui/settings/editor.py" line="+50"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new one from the form</source>
        <translation>Додати новий запис із форми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form over the chosen line</source>
        <translation>Записати форму у вибраний рядок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/ui/reports/chart_panel.py" line="+72"/>
        <source>Nothing in this period</source>
        <translation>За цей період нічого немає</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../app/ui/clients/card.py" line="+82"/>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit details...</source>
        <translation>Змінити дані...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Новий візит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as departed...</source>
        <translation>Позначити як вибулого...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Повернувся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with...</source>
        <translation>Об&apos;єднати з...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New reminder...</source>
        <translation>Нове нагадування...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>client since {0}</source>
        <translation>клієнт з {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>came from: {0}</source>
        <translation>джерело: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred by {0} →</source>
        <translation>Рекомендував(ла) {0} →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits ({0})</source>
        <translation>Візити ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars ({0})</source>
        <translation>Авто ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders ({0})</source>
        <translation>Нагадування ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients ({0})</source>
        <translation>Рекомендовані клієнти ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departed on {0}: {1}</source>
        <translation>Вибув {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow contact</source>
        <translation>Дозволити контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact...</source>
        <translation>Не турбувати...</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_dialog.py" line="+56"/>
        <source>Edit client</source>
        <translation>Змінити клієнта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>050 123 45 67</source>
        <translation>050 123 45 67</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Рекомендував(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First car (may be left empty)</source>
        <translation>Перше авто (можна не заповнювати)</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="+96"/>
        <source>Loading...</source>
        <translation>Завантаження...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add to call list</source>
        <translation>Додати до списку дзвінків</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder to call each selected client (all when none)</source>
        <translation>Нагадування подзвонити кожному вибраному клієнту (усім, якщо не вибрано)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder note:</source>
        <translation>Примітка нагадування:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call on:</source>
        <translation>Подзвонити:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding...</source>
        <translation>Додавання...</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Added %n reminder(s).</source>
        <translation>
            <numerusform>Додано %n нагадування.</numerusform>
            <numerusform>Додано %n нагадування.</numerusform>
            <numerusform>Додано %n нагадувань.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who asked not to be contacted.</source>
        <translation>
            <numerusform>Пропущено %n клієнта, який просив не турбувати.</numerusform>
            <numerusform>Пропущено %n клієнти, які просили не турбувати.</numerusform>
            <numerusform>Пропущено %n клієнтів, які просили не турбувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who left.</source>
        <translation>
            <numerusform>Пропущено %n вибулого клієнта.</numerusform>
            <numerusform>Пропущено %n вибулих клієнти.</numerusform>
            <numerusform>Пропущено %n вибулих клієнтів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/clients/picker.py" line="+45"/>
        <source>Type part of a name, phone or plate</source>
        <translation>Введіть частину імені, телефону чи номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/client_picker.py" line="+33"/>
        <source>Name, phone or plate</source>
        <translation>Ім&apos;я, телефон або номер</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/table_model.py" line="+60"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plates</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>do not contact</source>
        <translation>не турбувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>вибув</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="-110"/>
        <source>do not contact</source>
        <translation>не турбувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on %1</source>
        <translation>вибув %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/page.py" line="+44"/>
        <source>Search by name, phone or plate (Ctrl+F)</source>
        <translation>Пошук за ім&apos;ям, телефоном чи номером (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All clients</source>
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (a visit in the last year)</source>
        <translation>Активні (візит за останній рік)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost regulars</source>
        <translation>Втрачені постійні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Вибули</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client (Ctrl+N)</source>
        <translation>Новий клієнт (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {0} clients; scroll for more</source>
        <translation>Перші {0} клієнтів; прокрутіть, щоб побачити більше</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+26"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="+24"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+30"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-102"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="-1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="-1"/>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="-5"/>
        <location filename="../../app/ui/reminders/model.py" line="+2"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+53"/>
        <location filename="../../app/ui/visits/items.py" line="+44"/>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+2"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Due at, km</source>
        <translation>Пробіг, км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Km now (est.)</source>
        <translation>Км зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="-5"/>
        <source>Remind about</source>
        <translation>Нагадати про</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/items.py" line="+1"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Відмовився</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+4"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="-8"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work</source>
        <translation>Роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../app/ui/conflict.py" line="+44"/>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/connection.py" line="+42"/>
        <location line="+25"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A file on this computer (one desk)</source>
        <translation>Файл на цьому комп&apos;ютері (одне робоче місце)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s PostgreSQL server (several desks)</source>
        <translation>Сервер PostgreSQL сервісу (кілька робочих місць)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose...</source>
        <translation>Вибрати...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Перевірити з&apos;єднання</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The choice is this computer&apos;s and counts from the next login. Log in there with an account of that database.</source>
        <translation>Вибір стосується лише цього комп&apos;ютера й діє з наступного входу. Входьте з обліковим записом цієї бази даних.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file.</source>
        <translation>Виберіть файл бази даних.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected.</source>
        <translation>З&apos;єднання встановлено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Файл бази даних</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitstop database (*.db)</source>
        <translation>База Pitstop (*.db)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+76"/>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 to %2, as of %3; changes against the previous period and a year ago</source>
        <translation>%1 – %2, станом на %3; зміни порівняно з попереднім періодом і роком раніше</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+85"/>
        <location line="+1"/>
        <source>Mark as departed</source>
        <translation>Позначити як вибулого</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; no longer comes to the shop.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; більше не приїжджає до сервісу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on</source>
        <translation>Дата вибуття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="+103"/>
        <source>Dismiss a reminder</source>
        <translation>Відхилити нагадування</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold the car</source>
        <translation>Продав авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serviced elsewhere</source>
        <translation>Обслуговується деінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Не цікавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work already done</source>
        <translation>Роботу вже виконано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the call is not needed</source>
        <translation>Чому дзвінок не потрібен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+27"/>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. asked by phone not to call</source>
        <translation>напр., попросив телефоном не дзвонити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gets no calls or reminders.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; не отримує дзвінків і нагадувань.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+51"/>
        <source>Predicted from the car&apos;s recorded mileage</source>
        <translation>Прогноз за записаним пробігом авто</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mileage reached</source>
        <translation>за пробігом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by mileage</source>
        <translation>за пробігом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not contact</source>
        <translation>не турбувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>вибув</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../../app/ui/clients/refusals.py" line="+30"/>
        <source>Open that client</source>
        <translation>Відкрити цього клієнта</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error happened. Pitstop CRM keeps running; what you were doing may not have been finished, so please check it.

The details were written to the log file:
{0}</source>
        <translation>Сталася неочікувана помилка. Pitstop CRM працює далі, але те, що ви робили, могло не завершитися, тож перевірте це, будь ласка.

Подробиці записано в журнал:
{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Копіювати подробиці</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The task &apos;{0}&apos; failed.</source>
        <translation>Завдання «{0}» не вдалося.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../app/ui/reports/exporting.py" line="+43"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown table as CSV...</source>
        <translation>Показану таблицю в CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables as an Excel workbook...</source>
        <translation>Усі таблиці в книгу Excel...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the table</source>
        <translation>Експорт таблиці</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the tables</source>
        <translation>Експорт таблиць</translation>
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
        <translation>Pitstop CRM: перший запуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the shop&apos;s server...</source>
        <translation>Використати сервер сервісу...</translation>
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

Перший запуск: готуємо демонстраційні дані...
{0}</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+88"/>
        <source>Converted</source>
        <translation>Став візитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a visit</source>
        <translation>Пов&apos;язано з візитом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Відкрите</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="+142"/>
        <source>A call or a walk-in: type the phone or the name, pick the source, press Enter. When a visit is saved for the client, the inquiry is offered for linking.</source>
        <translation>Дзвінок або візит без запису: введіть телефон чи ім&apos;я, виберіть джерело, натисніть Enter. Коли для клієнта збережуть візит, звернення буде запропоновано пов&apos;язати з ним.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries</source>
        <translation>Звернення</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../app/ui/reports/kpi_cards.py" line="+69"/>
        <source>vs previous period</source>
        <translation>до попереднього періоду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year ago</source>
        <translation>до року тому</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Then: %1</source>
        <translation>Тоді: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/visits/labels.py" line="+9"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Не з&apos;явився</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Прийшов сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/ui/settings/language.py" line="+35"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language will be used after Pitstop CRM is restarted.</source>
        <translation>Нова мова застосується після перезапуску Pitstop CRM.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-143"/>
        <source>Pitstop CRM: log in</source>
        <translation>Pitstop CRM: вхід</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database...</source>
        <translation>База даних...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong passwords; try again in %1 s</source>
        <translation>Забагато невдалих спроб; спробуйте знову через %1 с</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>%1 (%2): log out</source>
        <translation>%1 (%2): вийти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and let another person log in (Ctrl+Shift+L)</source>
        <translation>Вийти, щоб увійшла інша людина (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>MastersEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+148"/>
        <source>Master</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Works here</source>
        <translation>Працює</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works here (offered for new visits)</source>
        <translation>Працює (пропонується для нових візитів)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(any)</source>
        <translation>(будь-який)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+18"/>
        <source>Merge clients</source>
        <translation>Об&apos;єднати клієнтів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the duplicate of &lt;b&gt;{0}&lt;/b&gt;. Its cars, visits, inquiries and reminders move to {0}, and the duplicate is deleted.</source>
        <translation>Знайдіть дублікат клієнта &lt;b&gt;{0}&lt;/b&gt;. Його авто, візити, звернення й нагадування перейдуть до {0}, а дублікат буде видалено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Дублікат</translation>
    </message>
</context>
<context>
    <name>NamedEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="-117"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/pages.py" line="+24"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiries</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
</context>
<context>
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+38"/>
        <source>Change my password</source>
        <translation>Змінити мій пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in as</source>
        <translation>Вхід виконано як</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Поточний пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>Новий пароль ще раз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password is changed.</source>
        <translation>Ваш пароль змінено.</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="+96"/>
        <source>Save as PDF...</source>
        <translation>Зберегти в PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>Друк...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, станом на %3</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../app/ui/reports/period.py" line="+44"/>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Довільний</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count only what was known on this evening</source>
        <translation>Рахувати лише те, що було відомо на вечір цього дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of:</source>
        <translation>Станом на:</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../app/ui/clients/privacy.py" line="+36"/>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export client data...</source>
        <translation>Експорт даних клієнта...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise...</source>
        <translation>Знеособити...</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Export client data</source>
        <translation>Експорт даних клієнта</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stored about the client was saved to {0}.</source>
        <translation>Усі дані про клієнта збережено в {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Anonymise client</source>
        <translation>Знеособити клієнта</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anonymise &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The name, phone, email, notes, plates, VINs and the notes of visits, reminders and inquiries are erased for good. Visits and amounts stay, so the reports do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Знеособити &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Ім&apos;я, телефон, ел. пошту, нотатки, номери, VIN, а також нотатки візитів, нагадувань і звернень буде стерто назавжди. Візити й суми залишаться, тож звіти не зміняться.&lt;br&gt;&lt;br&gt;&lt;b&gt;Цю дію не можна скасувати.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="-88"/>
        <source>Phone and / or name (empty: anonymous)</source>
        <translation>Телефон і/або ім&apos;я (порожньо — анонімно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log (Enter)</source>
        <translation>Записати (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
</context>
<context>
    <name>RecentVisits</name>
    <message>
        <location filename="../../app/ui/visits/recent.py" line="+32"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/visits/errors.py" line="+35"/>
        <source>Line {line}, {part}: {text}</source>
        <translation>Рядок {line}, {part}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="+57"/>
        <source>PostgreSQL is backed up with its own tools: use pg_dump</source>
        <translation>PostgreSQL резервується власними засобами: використайте pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL is restored with its own tools: use pg_restore or psql</source>
        <translation>PostgreSQL відновлюється власними засобами: використайте pg_restore або psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files</source>
        <translation>PostgreSQL перевіряє свої дані сам: використайте pg_amcheck; pitstop check — для файлів SQLite</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an in-memory database has no file to {action}</source>
        <translation>база даних у пам&apos;яті не має файлу, щоб {action}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>there is no database at {path}</source>
        <translation>за шляхом {path} немає бази даних</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup cannot replace the database itself</source>
        <translation>резервна копія не може замінити саму базу даних</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>there is no file {path}</source>
        <translation>файлу {path} немає</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the database itself, not a backup</source>
        <translation>це сама база даних, а не резервна копія</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a sound Pitstop database: {problems}</source>
        <translation>{path} — пошкоджена база Pitstop: {problems}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the backup could not be put in place: {reason}</source>
        <translation>не вдалося поставити резервну копію на місце бази: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/demo/writer.py" line="+56"/>
        <source>must be at least 1</source>
        <translation>має бути щонайменше 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {max}</source>
        <translation>має бути від 1 до {max}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already has {count} clients: demo data goes only into an empty database</source>
        <translation>уже має {count} клієнтів: демонстраційні дані додаються лише в порожню базу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already has {table}: demo data goes only into an empty database</source>
        <translation>уже має {table}: демонстраційні дані додаються лише в порожню базу</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="+84"/>
        <location filename="../../app/services/checks.py" line="+48"/>
        <location filename="../../app/services/settings.py" line="+72"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не ціле число</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must lie between {min} and {max}</source>
        <translation>має бути від {min} до {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/checks.py" line="+9"/>
        <source>must be at least {min}</source>
        <translation>має бути щонайменше {min}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>«{value}» — не 0 і не 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not a date like 2025-03-01</source>
        <translation>«{value}» — не дата на зразок 2025-03-01</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not a date and time like 2025-03-01 09:30</source>
        <translation>«{value}» — не дата й час на зразок 2025-03-01 09:30</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>«{value}» — не одне з: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+112"/>
        <source>no department {id}</source>
        <translation>немає відділу {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="+68"/>
        <source>Your role does not allow this; ask the owner.</source>
        <translation>Ваша роль цього не дозволяє; зверніться до власника.</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="+60"/>
        <source>the owner&apos;s account already exists; log in</source>
        <translation>обліковий запис власника вже існує; увійдіть</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the program&apos;s own account has no password</source>
        <translation>службовий обліковий запис програми не має пароля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current password is not right</source>
        <translation>поточний пароль неправильний</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>wrong login or password</source>
        <translation>неправильний логін або пароль</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too many wrong passwords; try again in {seconds} s</source>
        <translation>забагато невдалих спроб; спробуйте знову через {seconds} с</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a login has no spaces</source>
        <translation>логін не може містити пробілів</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this login is taken</source>
        <translation>цей логін уже зайнято</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a password needs at least {count} characters</source>
        <translation>пароль має містити щонайменше {count} символів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a password has at most {count} characters</source>
        <translation>пароль може містити щонайбільше {count} символів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password cannot contain a NUL character</source>
        <translation>пароль не може містити символ NUL</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shop needs at least one active owner</source>
        <translation>у сервісі має бути щонайменше один активний власник</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be owner or admin</source>
        <translation>має бути власник або адміністратор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such account</source>
        <translation>такого облікового запису немає</translation>
    </message>
    <message>
        <location filename="../../app/services/book.py" line="+71"/>
        <source>must not be before the first day</source>
        <translation>не може бути раніше за перший день</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../app/services/visits.py" line="+259"/>
        <source>&apos;{value}&apos; is not a visit status</source>
        <translation>«{value}» — не статус візиту</translation>
    </message>
    <message>
        <location filename="../../app/services/call_list.py" line="+51"/>
        <source>choose at least one client</source>
        <translation>виберіть хоча б одного клієнта</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/services/clients.py" line="+187"/>
        <location filename="../../app/services/reminders.py" line="+120"/>
        <location line="+26"/>
        <location line="+59"/>
        <location filename="../../app/services/reminders_due.py" line="+227"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be in the past</source>
        <translation>не може бути в минулому</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {max} characters</source>
        <translation>щонайбільше {max} символів</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no client with id {id}</source>
        <translation>немає клієнта з ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="+268"/>
        <source>&apos;{name}&apos; already exists</source>
        <translation>«{name}» уже існує</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/services/client_status.py" line="+84"/>
        <location filename="../../app/services/visits.py" line="+54"/>
        <source>must be yes or no</source>
        <translation>має бути «так» або «ні»</translation>
    </message>
    <message>
        <location filename="../../app/services/checks.py" line="-34"/>
        <source>must be chosen</source>
        <translation>треба вибрати</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>there is no record with id {id}</source>
        <translation>немає запису з ID {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/money.py" line="+24"/>
        <source>must not be negative</source>
        <translation>не може бути від&apos;ємним</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/money.py" line="+28"/>
        <location line="+9"/>
        <location line="+16"/>
        <location filename="../../app/services/settings.py" line="+3"/>
        <source>must be above zero</source>
        <translation>має бути більше нуля</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="-47"/>
        <location filename="../../app/services/checks.py" line="+6"/>
        <location filename="../../app/services/money.py" line="-42"/>
        <location line="+54"/>
        <source>must be at most {max}</source>
        <translation>має бути щонайбільше {max}</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="-40"/>
        <source>must be given</source>
        <translation>треба вказати</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>a client cannot be merged with itself</source>
        <translation>клієнта не можна об&apos;єднати з самим собою</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="-15"/>
        <source>{phone} is the phone of another client</source>
        <translation>{phone} — телефон іншого клієнта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>«{value}» — не адреса ел. пошти</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+42"/>
        <location filename="../../app/services/clients.py" line="+13"/>
        <location filename="../../app/services/inquiries.py" line="+97"/>
        <location filename="../../app/services/reminders.py" line="-82"/>
        <source>must not be in the future</source>
        <translation>не може бути в майбутньому</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="+5"/>
        <source>must not be after the day the client left</source>
        <translation>не може бути пізніше за день вибуття клієнта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client cannot refer itself</source>
        <translation>клієнт не може рекомендувати сам себе</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+3"/>
        <source>must not be before the registration date</source>
        <translation>не може бути раніше за дату реєстрації</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+57"/>
        <source>This record was changed after you opened it; reload it and make your change again.</source>
        <translation>Цей запис змінили після того, як ви його відкрили; оновіть його й внесіть зміну ще раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record was changed by {who} at {when} after you opened it; reload it and make your change again.</source>
        <translation>Цей запис змінив(ла) {who} о {when} після того, як ви його відкрили; оновіть його й внесіть зміну ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/services/inquiries.py" line="-10"/>
        <location filename="../../app/services/visits.py" line="-104"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>«{value}» — не дата й час</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/visits.py" line="+5"/>
        <source>must be a local time without a zone</source>
        <translation>має бути місцевий час без часового поясу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not an inquiry channel</source>
        <translation>«{value}» — не канал звернення</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>the visit is of another client</source>
        <translation>це візит іншого клієнта</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="-61"/>
        <source>&apos;{value}&apos; is not an amount like 1250.50</source>
        <translation>«{value}» — не сума на зразок 1250.50</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{value}&apos; is not a quantity like 1 or 4.5</source>
        <translation>«{value}» — не кількість на зразок 1 або 4.5</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location filename="../../app/services/settings.py" line="+7"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most three decimal places</source>
        <translation>щонайбільше три знаки після коми</translation>
    </message>
    <message>
        <location filename="../../app/services/normalize.py" line="+28"/>
        <source>holds a character that cannot be stored</source>
        <translation>містить символ, який не можна зберегти</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <location filename="../../app/services/settings.py" line="+23"/>
        <source>must not be empty</source>
        <translation>не може бути порожнім</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <location line="+32"/>
        <source>is longer than {max} characters</source>
        <translation>довше за {max} символів</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>«{value}» — не номер телефону</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must have 17 characters, not {count}</source>
        <translation>має містити 17 символів, а не {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may hold only digits and letters other than I, O and Q</source>
        <translation>може містити лише цифри й літери, крім I, O та Q</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+190"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не вдалося записати {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client is already anonymised</source>
        <translation>клієнта вже знеособлено</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="+27"/>
        <source>must be a day in the future</source>
        <translation>має бути день у майбутньому</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../app/services/visits.py" line="+7"/>
        <source>the car belongs to another client</source>
        <translation>авто належить іншому клієнту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a due date, a due mileage or both</source>
        <translation>вкажіть дату, пробіг або обидва</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reminder is already {status}</source>
        <translation>нагадування вже має статус «{status}»</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="-59"/>
        <source>is not a setting</source>
        <translation>не є налаштуванням</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the B threshold must lie above the A threshold and &lt;= 1</source>
        <translation>поріг B має бути вищим за поріг A і не більшим за 1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must lie between 0 and 1</source>
        <translation>має бути від 0 до 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a country code like UA</source>
        <translation>«{value}» — не код країни на зразок UA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a currency code like UAH</source>
        <translation>«{value}» — не код валюти на зразок UAH</translation>
    </message>
    <message>
        <location filename="../../app/services/vehicles.py" line="+90"/>
        <source>{value} is already recorded for another car</source>
        <translation>{value} уже записано для іншого авто</translation>
    </message>
    <message>
        <location filename="../../app/services/visits.py" line="+11"/>
        <source>{name} no longer works here</source>
        <translation>{name} тут більше не працює</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a visit that has not started cannot be completed</source>
        <translation>візит, що ще не почався, не можна завершити</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{mileage} km is less than {other} km recorded on {on}</source>
        <translation>{mileage} км менше, ніж {other} км, записані {on}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mileage} km is more than {other} km recorded later, on {on}</source>
        <translation>{mileage} км більше, ніж {other} км, записані пізніше, {on}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="+94"/>
        <source>cannot connect: {reason}</source>
        <translation>не вдалося підключитися: {reason}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The database is busy (a long save elsewhere): nothing was saved; try again.</source>
        <translation>База даних зайнята (деінде триває довге збереження): нічого не збережено; спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/commands/user.py" line="+92"/>
        <source>no account {login}</source>
        <translation>немає облікового запису {login}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders/alerts.py" line="+48"/>
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n нагадування на сьогодні</numerusform>
            <numerusform>%n нагадування на сьогодні</numerusform>
            <numerusform>%n нагадувань на сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pitstop CRM: %n reminder(s) due today</source>
        <translation>
            <numerusform>Pitstop CRM: %n нагадування на сьогодні</numerusform>
            <numerusform>Pitstop CRM: %n нагадування на сьогодні</numerusform>
            <numerusform>Pitstop CRM: %n нагадувань на сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reminder(s) to call</source>
        <translation>
            <numerusform>%n нагадування про дзвінок</numerusform>
            <numerusform>%n нагадування про дзвінки</numerusform>
            <numerusform>%n нагадувань про дзвінки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../app/ui/reminders/edit_dialog.py" line="+78"/>
        <source>New reminder</source>
        <translation>Нове нагадування</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <translation>За датою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By mileage</source>
        <translation>За пробігом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a date and a mileage the reminder is due by whichever comes first.</source>
        <translation>Якщо задано і дату, і пробіг, нагадування спрацює за тим, що настане раніше.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no car)</source>
        <translation>(без авто)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no service)</source>
        <translation>(без послуги)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No mileage recorded for this car yet</source>
        <translation>Для цього авто ще не записано пробігу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last reading {0} km on {1}</source>
        <translation>Останній запис: {0} км, {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now about {0} km ({1} km a day)</source>
        <translation>Зараз близько {0} км ({1} км на день)</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="+39"/>
        <source>pending</source>
        <translation>очікує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../app/ui/reminders/page.py" line="+83"/>
        <source> days</source>
        <translation> днів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show do-not-contact and departed clients</source>
        <translation>Показувати клієнтів «не турбувати» та вибулих</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was reached: the work is booked or done</source>
        <translation>З клієнтом зв&apos;язалися: роботу записано або виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Відкласти...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss...</source>
        <translation>Відхилити...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open client</source>
        <translation>Відкрити клієнта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upcoming: the next</source>
        <translation>Найближчі:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading...</source>
        <translation>Завантаження...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updated at {0}</source>
        <translation>Оновлено о {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Прострочені (%n)</numerusform>
            <numerusform>Прострочені (%n)</numerusform>
            <numerusform>Прострочені (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>На сьогодні (%n)</numerusform>
            <numerusform>На сьогодні (%n)</numerusform>
            <numerusform>На сьогодні (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Найближчі (%n)</numerusform>
            <numerusform>Найближчі (%n)</numerusform>
            <numerusform>Найближчі (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="+21"/>
        <source>Due on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due at, km</source>
        <translation>Пробіг, км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>snoozed to {0}</source>
        <translation>відкладено до {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done on {0}</source>
        <translation>виконано {0}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../app/ui/reports/charts.py" line="+51"/>
        <location line="+18"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+173"/>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Departed</source>
        <translation>Вибули</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total clients</source>
        <translation>Усього клієнтів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and departed clients by month; the line is the client base</source>
        <translation>Нові та вибулі клієнти за місяцями; лінія — клієнтська база</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="-58"/>
        <source>Inquiries</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+1"/>
        <source>Converted</source>
        <translation>Стали візитом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By source</source>
        <translation>За джерелом</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients referred</source>
        <translation>Рекомендовано клієнтів</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who brought new clients</source>
        <translation>Хто привів нових клієнтів</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departed clients</source>
        <translation>Вибулі клієнти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By reason</source>
        <translation>За причиною</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By month</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days since the last visit</source>
        <translation>Днів від останнього візиту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the last visit, richest clients first</source>
        <translation>Днів від останнього візиту, спершу найцінніші клієнти</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/dashboard.py" line="-81"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+47"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative share</source>
        <translation>Накопичена частка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pareto: revenue by client (A, B, C) and the running share</source>
        <translation>Парето: виручка за клієнтами (A, B, C) і накопичена частка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A up to {0} %</source>
        <translation>A до {0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B up to {0} %</source>
        <translation>B до {0} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Clients by segment</source>
        <translation>Клієнти за сегментами</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients by recency (R) and frequency (F)</source>
        <translation>Клієнти за давністю (R) і частотою (F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of each cohort coming back, by month after the first visit</source>
        <translation>Частка кожної когорти, що повертається, за місяцями після першого візиту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months after the first visit</source>
        <translation>Місяців після першого візиту</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clients by kind</source>
        <translation>Клієнти за типом</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+3"/>
        <source>Top spenders</source>
        <translation>Найбільші витрати</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/shop_charts.py" line="-127"/>
        <source>Active clients using it</source>
        <translation>Активні клієнти, що користуються</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of active clients using each department</source>
        <translation>Частка активних клієнтів, що користуються кожним відділом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used the row&apos;s department but not the column&apos;s</source>
        <translation>Користувалися відділом рядка, але не відділом стовпця</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revenue by month and department</source>
        <translation>Виручка за місяцями та відділами</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Completed visits by weekday and hour</source>
        <translation>Завершені візити за днями тижня й годинами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hour</source>
        <translation>Година</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inquiries and the visits they became, by day</source>
        <translation>Звернення та візити з них, за днями</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inquiries and the visits they became, by week</source>
        <translation>Звернення та візити з них, за тижнями</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revenue by master</source>
        <translation>Виручка за майстрами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned</source>
        <translation>Повернулися</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First visits by department and how many came back within a year</source>
        <translation>Перші візити за відділами і скільки повернулися протягом року</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+29"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Churn reason</source>
        <translation>Причина відтоку</translation>
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
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+37"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/lost.py" line="+32"/>
        <location filename="../../app/reports/pdf/summary.py" line="+24"/>
        <location filename="../../app/reports/rfm.py" line="-17"/>
        <location filename="../../app/reports/segments.py" line="+28"/>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/gaps.py" line="+4"/>
        <location filename="../../app/reports/lost.py" line="+1"/>
        <location filename="../../app/reports/pdf/summary.py" line="+1"/>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Дата вибуття</translation>
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
        <translation>Візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="+7"/>
        <location filename="../../app/reports/pdf/summary.py" line="+6"/>
        <location filename="../../app/reports/rfm.py" line="+1"/>
        <location line="+9"/>
        <source>Lifetime revenue</source>
        <translation>Виручка за весь час</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="-5"/>
        <location filename="../../app/reports/pdf/summary.py" line="-5"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="-1"/>
        <location filename="../../app/reports/pdf/clients.py" line="-1"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained by month</source>
        <translation>Утримано за місяцями</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+24"/>
        <source>Inquiries</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Converted</source>
        <translation>Стали візитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="-13"/>
        <location filename="../../app/reports/trends.py" line="-3"/>
        <source>Department ID</source>
        <translation>ID відділу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+21"/>
        <location filename="../../app/reports/trends.py" line="+1"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Користуються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Не користуються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penetration</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used department</source>
        <translation>Відділ, яким користувалися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used department</source>
        <translation>Відділ, яким не користувалися</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/reports/rfm.py" line="-13"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Client ID</source>
        <translation>ID клієнта</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/lost.py" line="-3"/>
        <location filename="../../app/reports/pdf/summary.py" line="-2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue in 365 days</source>
        <translation>Виручка за 365 днів</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+30"/>
        <location filename="../../app/reports/trends.py" line="-2"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+2"/>
        <location filename="../../app/reports/sources.py" line="-4"/>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Вибули</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Приріст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total clients</source>
        <translation>Усього клієнтів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="-2"/>
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/pdf/shop.py" line="+253"/>
        <source>Hour</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+48"/>
        <source>Metric</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Рік тому</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+2"/>
        <source>First visit</source>
        <translation>Перший візит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average interval, days</source>
        <translation>Середній інтервал, днів</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/rfm.py" line="+2"/>
        <source>Days since last visit</source>
        <translation>Днів від останнього візиту</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="-2"/>
        <source>Employee ID</source>
        <translation>ID працівника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <location filename="../../app/reports/trends.py" line="+3"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+1"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Середня оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1-2</source>
        <translation>Оцінки 1–2</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="+3"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+4"/>
        <source>Usually every, days</source>
        <translation>Зазвичай кожні, днів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since</source>
        <translation>Днів минуло</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+17"/>
        <source>Referrer ID</source>
        <translation>ID рекомендувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Рекомендувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Рекомендовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients</source>
        <translation>Рекомендовані клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of referred</source>
        <translation>Виручка рекомендованих</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="-1"/>
        <source>Department name</source>
        <translation>Назва відділу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Повернулися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Частка повернень</translation>
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
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="-2"/>
        <source>Source ID</source>
        <translation>ID джерела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue of new clients</source>
        <translation>Виручка нових клієнтів</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cumulative share</source>
        <translation>Накопичена частка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+2"/>
        <source>Share of month</source>
        <translation>Частка місяця</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../../app/ui/reports/drill.py" line="+80"/>
        <location line="+43"/>
        <source>Departed in {0}</source>
        <translation>Вибули у {0}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>First visits in {0}</source>
        <translation>Перші візити у {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered in {0}</source>
        <translation>Зареєстровані у {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New clients from {0}</source>
        <translation>Нові клієнти з джерела {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred by {0}</source>
        <translation>Рекомендовані клієнтом {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departed: {0}</source>
        <translation>Вибули: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use {0} but not {1}</source>
        <translation>Користуються {0}, але не {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active clients using {0}</source>
        <translation>Активні клієнти, що користуються {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+156"/>
        <source>Active clients not using {0}</source>
        <translation>Активні клієнти, що не користуються {0}</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Offer: {0}</source>
        <translation>Запропонувати: {0}</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} in {1}</source>
        <translation>{0} у {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits on {0} at {1}:00</source>
        <translation>Візити: {0} о {1}:00</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Converted inquiries of {0}</source>
        <translation>Звернення, що стали візитами, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries of {0}</source>
        <translation>Звернення за {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients of {0}</source>
        <translation>Клієнти майстра {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>At risk: invite back</source>
        <translation>Під загрозою: запросіть знову</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Cohort {0}, month +{1}</source>
        <translation>Когорта {0}, місяць +{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Came back after a first visit: {0}</source>
        <translation>Повернулися після першого візиту: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First visits: {0}</source>
        <translation>Перші візити: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lost clients</source>
        <translation>Втрачені клієнти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost client: invite back</source>
        <translation>Втрачений клієнт: запросіть знову</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cohort {0}: never came back</source>
        <translation>Когорта {0}: не повернулися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit only: invite back</source>
        <translation>Лише один візит: запросіть знову</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/reports/pdf/clients.py" line="-257"/>
        <source>No clients registered by the end of the period.</source>
        <translation>До кінця періоду не зареєстровано жодного клієнта.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <location filename="../../app/reports/pdf/shop.py" line="-220"/>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Departed</source>
        <translation>Вибули</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total clients (right axis)</source>
        <translation>Усього клієнтів (права вісь)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and departed clients per month, total clients at the month&apos;s end</source>
        <translation>Нові та вибулі клієнти за місяць, усього клієнтів на кінець місяця</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/reports/pdf/shop.py" line="+246"/>
        <source>Inquiries</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted inquiries</source>
        <translation>Звернення, що стали візитами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New clients and inquiries per source</source>
        <translation>Нові клієнти та звернення за джерелами</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referred clients</source>
        <translation>Рекомендовані клієнти</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients referred, top {n} referrers (with their referrals&apos; revenue)</source>
        <translation>Рекомендовані клієнти, {n} найкращих рекомендувачів (з виручкою від рекомендованих)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <location line="+24"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Departed clients by reason</source>
        <translation>Вибулі клієнти за причинами</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Departures per month, by reason</source>
        <translation>Вибуття за місяцями, за причинами</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days since the last visit</source>
        <translation>Днів від останнього візиту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since the last visit: the {n} with the highest lifetime revenue</source>
        <translation>Днів від останнього візиту: {n} клієнтів з найбільшою виручкою за весь час</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Class {abc}</source>
        <translation>Клас {abc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cumulative share of revenue (right axis)</source>
        <translation>Накопичена частка виручки (права вісь)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revenue of the top {n} clients ({currency}) and its cumulative share</source>
        <translation>Виручка {n} найкращих клієнтів ({currency}) і її накопичена частка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Champions</source>
        <translation>Чемпіони</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Перспективні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Лояльні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Сплячі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clients per segment (with their lifetime revenue)</source>
        <translation>Клієнти за сегментами (з виручкою за весь час)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients by recency score (R) and frequency score (F)</source>
        <translation>Клієнти за оцінкою давності (R) і частоти (F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/pdf/layout.py" line="+23"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (the last {n} cohorts)</source>
        <translation> (останні {n} когорт)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients of each cohort with a completed visit in month +k (+0 = all).</source>
        <translation>Клієнти кожної когорти із завершеним візитом у місяці +k (+0 = усі).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocates</source>
        <translation>Прихильники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Незадоволені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clients per kind</source>
        <translation>Клієнти за типом</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/document.py" line="+93"/>
        <source>Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}</source>
        <translation>Період {start} – {end}  ·  станом на {as_of}  ·  створено {day} {time}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page {number} of {total}</source>
        <translation>сторінка {number} з {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/layout.py" line="-1"/>
        <source>Departed clients</source>
        <translation>Вибулі клієнти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="-249"/>
        <location line="+286"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients served</source>
        <translation>Обслуговано клієнтів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Днів між візитами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits by returning clients</source>
        <translation>Візити постійних клієнтів</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vs previous</source>
        <translation>до попереднього</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs year ago</source>
        <translation>до року тому</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Рік тому</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Penetration</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active clients who used each department in the last 365 days</source>
        <translation>Активні клієнти, що користувалися кожним відділом за останні 365 днів</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call to offer {name}: active clients who have not used it</source>
        <translation>Подзвонити й запропонувати {name}: активні клієнти, що ним не користувалися</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every active client has used it.</source>
        <translation>Усі активні клієнти вже користувалися ним.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revenue per month by department ({currency})</source>
        <translation>Виручка за місяць за відділами ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed visits in this period.</source>
        <translation>За цей період немає завершених візитів.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Converted</source>
        <translation>Стали візитом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion (right axis)</source>
        <translation>Конверсія (права вісь)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries and converted inquiries per month</source>
        <translation>Звернення та звернення, що стали візитами, за місяць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries and converted inquiries per day</source>
        <translation>Звернення та звернення, що стали візитами, за день</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue per master</source>
        <translation>Виручка за майстрами</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Return rate</source>
        <translation>Частка повернень</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+14"/>
        <source>Key numbers</source>
        <translation>Ключові показники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client base growth</source>
        <translation>Зростання клієнтської бази</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why clients left</source>
        <translation>Чому клієнти пішли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client left in this period.</source>
        <translation>За цей період жоден клієнт не пішов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department gaps</source>
        <translation>Прогалини за відділами</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top {n} clients by revenue</source>
        <translation>{n} найкращих клієнтів за виручкою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top clients</source>
        <translation>Найкращі клієнти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call list: lost regular clients ({n})</source>
        <translation>Список дзвінків: втрачені постійні клієнти ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients with 2 or more visits whose last visit is longer ago than both 90 days and twice their usual interval; neither departed nor do-not-contact. Most valuable first.</source>
        <translation>Клієнти з 2 і більше візитами, останній з яких був давніше, ніж 90 днів і ніж їхній подвійний звичайний інтервал; не вибулі й не «не турбувати». Спершу найцінніші.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody to call.</source>
        <translation>Нікому дзвонити.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/tables.py" line="+65"/>
        <source>Nothing in this period.</source>
        <translation>За цей період нічого немає.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/values.py" line="+64"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="-73"/>
        <source>The first %1 of %2 rows; the PDF has them all.</source>
        <translation>Перші %1 з %2 рядків; у PDF є всі.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../app/ui/reports/tables.py" line="+32"/>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used but not</source>
        <translation>Користувалися, але не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R x F</source>
        <translation>R x F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Періоди</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month +{n}</source>
        <translation>Місяць +{n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/reports/output.py" line="+83"/>
        <source>{title}: {start} .. {end} (as of {as_of})</source>
        <translation>{title}: {start} .. {end} (станом на {as_of})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no rows)</source>
        <translation>(немає рядків)</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../app/ui/reports/values.py" line="+31"/>
        <source>Champions</source>
        <translation>Чемпіони</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Перспективні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Лояльні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Сплячі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocates</source>
        <translation>Прихильники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Незадоволені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Днів між візитами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning clients&apos; visits</source>
        <translation>Візити постійних клієнтів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source</source>
        <translation>без джерела</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Нд</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/view.py" line="+88"/>
        <source>Candidates for: (choose a department)</source>
        <translation>Кандидати для: (виберіть відділ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show top </source>
        <translation>Показати перші </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to call list...</source>
        <translation>Додати до списку дзвінків...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, станом на %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved the PDF to %1</source>
        <translation>PDF збережено: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Збережено %n рядок у %1</numerusform>
            <numerusform>Збережено %n рядки у %1</numerusform>
            <numerusform>Збережено %n рядків у %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clients of the selected cohort who never came back</source>
        <translation>Клієнти вибраної когорти, що не повернулися</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+79"/>
        <source>Churn by reason</source>
        <translation>Відтік за причинами</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="+54"/>
        <source>Cohorts by first visit</source>
        <translation>Когорти за першим візитом</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+48"/>
        <source>Inquiry conversion</source>
        <translation>Конверсія звернень</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+182"/>
        <source>Department gaps</source>
        <translation>Прогалини за відділами</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+72"/>
        <source>Client base growth</source>
        <translation>Зростання клієнтської бази</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="+29"/>
        <source>Busy hours</source>
        <translation>Завантаженість за годинами</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+133"/>
        <source>Key numbers</source>
        <translation>Ключові показники</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+83"/>
        <source>Lost regular clients</source>
        <translation>Втрачені постійні клієнти</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="+45"/>
        <source>Masters</source>
        <translation>Майстри</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+51"/>
        <source>Referrals</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="+59"/>
        <source>Return after the first visit</source>
        <translation>Повернення після першого візиту</translation>
    </message>
    <message>
        <location filename="../../app/reports/rfm.py" line="+141"/>
        <source>RFM segments</source>
        <translation>RFM-сегменти</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+111"/>
        <source>Advocates and complainers</source>
        <translation>Прихильники й незадоволені</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="+80"/>
        <source>Marketing sources</source>
        <translation>Маркетингові джерела</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="+86"/>
        <source>Top clients</source>
        <translation>Найкращі клієнти</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+61"/>
        <source>Department trends</source>
        <translation>Динаміка відділів</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="-64"/>
        <source>Owner&apos;s summary</source>
        <translation>Зведення для власника</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+39"/>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remind, months</source>
        <translation>Нагад., міс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind, km</source>
        <translation>Нагад., км</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind every, months</source>
        <translation>Нагадувати кожні, міс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind every, km</source>
        <translation>Нагадувати кожні, км</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-48"/>
        <source>New password for %1</source>
        <translation>Новий пароль для %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="+67"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Відділи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masters</source>
        <translation>Майстри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reasons</source>
        <translation>Причини відтоку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My account</source>
        <translation>Мій профіль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database...</source>
        <translation>База даних...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s database: a file, or the shop&apos;s PostgreSQL server</source>
        <translation>База даних цього комп&apos;ютера: файл або сервер PostgreSQL сервісу</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <location filename="../../app/ui/settings/shop.py" line="+34"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO code of the money shown on every screen and report, e.g. UAH, EUR</source>
        <translation>ISO-код валюти на всіх екранах і у звітах, напр. UAH, EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone region</source>
        <translation>Регіон телефонів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of phone numbers typed without +, e.g. UA, MD, PL</source>
        <translation>Країна номерів, введених без +, напр. UA, MD, PL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="-40"/>
        <source>Snooze a reminder</source>
        <translation>Відкласти нагадування</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said (optional)</source>
        <translation>Що сказав клієнт (необов&apos;язково)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide until</source>
        <translation>Сховати до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="+111"/>
        <source>Reminders after the visit</source>
        <translation>Нагадування після візиту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This visit suggests the reminders below. Untick the ones you do not want, or edit one before saving.</source>
        <translation>Після цього візиту пропонуються нагадування нижче. Зніміть позначку з непотрібних або змініть потрібне перед збереженням.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit...</source>
        <translation>Змінити...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Declined at the visit on {0}</source>
        <translation>Відмовився на візиті {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Save %n reminder(s)</source>
        <translation>
            <numerusform>Зберегти %n нагадування</numerusform>
            <numerusform>Зберегти %n нагадування</numerusform>
            <numerusform>Зберегти %n нагадувань</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line {0}: {1}</source>
        <translation>Рядок {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location line="-136"/>
        <source>Declined work</source>
        <translation>Відхилена робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next service</source>
        <translation>Наступне обслуговування</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pending reminder about this service will be marked done.</source>
        <translation>Активне нагадування про цю послугу буде позначено виконаним.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already due: the visit was entered after the date.</source>
        <translation>Термін уже настав: візит внесли після цієї дати.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/page.py" line="+50"/>
        <source>Loading...</source>
        <translation>Завантаження...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No visits booked for today.</source>
        <translation>На сьогодні немає записів.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln reminder(s) due today</source>
        <translation>
            <numerusform>%Ln нагадування на сьогодні</numerusform>
            <numerusform>%Ln нагадування на сьогодні</numerusform>
            <numerusform>%Ln нагадувань на сьогодні</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders due today.</source>
        <translation>На сьогодні немає нагадувань.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клієнт</numerusform>
            <numerusform>%Ln клієнти</numerusform>
            <numerusform>%Ln клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln car(s)</source>
        <translation>
            <numerusform>%Ln авто</numerusform>
            <numerusform>%Ln авто</numerusform>
            <numerusform>%Ln авто</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed visit(s)</source>
        <translation>
            <numerusform>%Ln завершений візит</numerusform>
            <numerusform>%Ln завершені візити</numerusform>
            <numerusform>%Ln завершених візитів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln pending reminder(s)</source>
        <translation>
            <numerusform>%Ln активне нагадування</numerusform>
            <numerusform>%Ln активні нагадування</numerusform>
            <numerusform>%Ln активних нагадувань</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln запланований</numerusform>
            <numerusform>%Ln заплановані</numerusform>
            <numerusform>%Ln запланованих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln завершений</numerusform>
            <numerusform>%Ln завершені</numerusform>
            <numerusform>%Ln завершених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln скасований</numerusform>
            <numerusform>%Ln скасовані</numerusform>
            <numerusform>%Ln скасованих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln неявка</numerusform>
            <numerusform>%Ln неявки</numerusform>
            <numerusform>%Ln неявок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue %1</source>
        <translation>виручка %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln inquiry(s)</source>
        <translation>
            <numerusform>%Ln звернення</numerusform>
            <numerusform>%Ln звернення</numerusform>
            <numerusform>%Ln звернень</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s visits</source>
        <translation>Візити сьогодні</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="+47"/>
        <source>Edit car</source>
        <translation>Змінити авто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a car</source>
        <translation>Додати авто</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialog.py" line="+73"/>
        <source>New visit</source>
        <translation>Новий візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the visit</source>
        <translation>Завершити візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the visit</source>
        <translation>Змінити візит</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>To save it anyway, say why in the mileage note.</source>
        <translation>Щоб усе одно зберегти, поясніть причину в примітці до пробігу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked as departed. Has the client returned?</source>
        <translation>%1 позначено як вибулого. Клієнт повернувся?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning client</source>
        <translation>Клієнт повернувся</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The client has %n open inquiry(s) from the last 14 days:</source>
        <translation>
            <numerusform>У клієнта %n відкрите звернення за останні 14 днів:</numerusform>
            <numerusform>У клієнта %n відкриті звернення за останні 14 днів:</numerusform>
            <numerusform>У клієнта %n відкритих звернень за останні 14 днів:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link them to this visit?</source>
        <translation>
            <numerusform>Пов&apos;язати його з цим візитом?</numerusform>
            <numerusform>Пов&apos;язати їх із цим візитом?</numerusform>
            <numerusform>Пов&apos;язати їх із цим візитом?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inquiries</source>
        <translation>Відкриті звернення</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../app/ui/visits/form.py" line="+75"/>
        <source>km on the odometer</source>
        <translation>км на одометрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the reading is lower (e.g. new odometer)</source>
        <translation>Чому показник менший (напр., новий одометр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage note</source>
        <translation>Примітка до пробігу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove line</source>
        <translation>Видалити рядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rating</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Client</source>
        <translation>&amp;Клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ar</source>
        <translation>&amp;Авто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When</source>
        <translation>&amp;Коли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mileage</source>
        <translation>&amp;Пробіг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mas&amp;ter</source>
        <translation>&amp;Майстер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rating</source>
        <translation>&amp;Оцінка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Відгук</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Work and parts (type a few letters of a service)</source>
        <translation>&amp;Роботи та запчастини (введіть кілька літер послуги)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no car)</source>
        <translation>(без авто)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no master)</source>
        <translation>(без майстра)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left)</source>
        <translation>%1 (звільнений)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined %1 not counted</source>
        <translation>відмови на %1 не враховано</translation>
    </message>
</context>
<context>
    <name>VisitLinesModel</name>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="+78"/>
        <source>declined</source>
        <translation>відмова</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="-6"/>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>не з&apos;явився</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/page.py" line="+32"/>
        <source>Appointment book</source>
        <translation>Журнал записів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent visits</source>
        <translation>Останні візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit (Ctrl+Shift+N)</source>
        <translation>Новий візит (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="-153"/>
        <source>Date / work</source>
        <translation>Дата / роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Пробіг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>declined</source>
        <translation>відмова</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-31"/>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <location filename="../../app/ui/login.py" line="+38"/>
        <source>The owner&apos;s account</source>
        <translation>Обліковий запис власника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password of at least %1 characters. Keep it safe: it opens everything.</source>
        <translation>Пароль щонайменше з %1 символів. Бережіть його: він відкриває все.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <location line="-44"/>
        <source>Welcome to Pitstop CRM</source>
        <translation>Вітаємо в Pitstop CRM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no accounts yet. Name your shop and create the owner&apos;s account: the owner sees every report, manages the settings and the other accounts of the front desk.</source>
        <translation>У цій базі ще немає облікових записів. Вкажіть назву сервісу й створіть обліковий запис власника: власник бачить усі звіти, керує налаштуваннями та іншими обліковими записами адміністраторів.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pitstop Service, Kyiv</source>
        <translation>напр., Pitstop Service, Київ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop name</source>
        <translation>Назва сервісу</translation>
    </message>
</context>
</TS>
