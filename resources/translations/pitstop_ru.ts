<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/ui/format.py" line="+67"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+177"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New account...</source>
        <translation>Новая учётная запись...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>Задать пароль...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off / on</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>отключена</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location line="-126"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Логин</translation>
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
        <translation>Пароль ещё раз</translation>
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
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete...</source>
        <translation>Завершить...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The car is here: log the work done (Enter)</source>
        <translation>Авто на месте: записать выполненные работы (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation>Отметить: отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-show</source>
        <translation>Отметить: не приехал</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n запланирован</numerusform>
            <numerusform>%n запланировано</numerusform>
            <numerusform>%n запланировано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="+32"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit line</source>
        <translation>Строка визита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiry</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location line="-76"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Рекомендовал(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reason</source>
        <translation>Причина оттока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn note</source>
        <translation>Примечание к оттоку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клиент</translation>
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
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Госномер</translation>
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
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage note</source>
        <translation>Примечание к пробегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (thousandths)</source>
        <translation>Количество (тысячные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (minor units)</source>
        <translation>Цена (в копейках)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due mileage</source>
        <translation>Пробег для напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>Время обращения</translation>
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
        <translation>Номер клиента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older...</source>
        <translation>Раньше...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only client</source>
        <translation>Только клиент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>Показано %n изменение</numerusform>
            <numerusform>Показано %n изменения</numerusform>
            <numerusform>Показано %n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="+48"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore...</source>
        <translation>Восстановить...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy is made every day while Pitstop runs; kept are the last 7 days, 4 weeks and 12 months. Copy the folder to another disk now and then.</source>
        <translation>Копия создаётся каждый день, пока работает Pitstop; хранятся копии за последние 7 дней, 4 недели и 12 месяцев. Время от времени копируйте папку на другой диск.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database is on a PostgreSQL server: back it up with pg_dump there.</source>
        <translation>База данных находится на сервере PostgreSQL: делайте её резервные копии там с помощью pg_dump.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: {0}</source>
        <translation>Папка резервных копий: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily copy: {0}</source>
        <translation>Ежедневная копия: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other copy: {0}</source>
        <translation>Другая копия: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up to {0}</source>
        <translation>Копия сохранена: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Pitstop databases (*.db);;All files (*)</source>
        <translation>Базы Pitstop (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All data in the database will be replaced by the data in
{0}.

A copy of the current data is kept in the backups folder first. Pitstop closes afterwards; start it again.

Replace the data?</source>
        <translation>Все данные в базе будут заменены данными из
{0}.

Сначала копия текущих данных сохраняется в папке резервных копий. Затем Pitstop закроется; запустите его снова.

Заменить данные?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data it held before is kept in {0}.</source>
        <translation>Прежние данные сохранены в {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {0}.</source>
        <translation>База данных восстановлена из {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitstop closes now; start it again.</source>
        <translation>Сейчас Pitstop закроется; запустите его снова.</translation>
    </message>
</context>
<context>
    <name>BarPlot</name>
    <message numerus="yes">
        <location filename="../../app/ui/reports/bar_plot.py" line="+104"/>
        <source>The first %n of %1 rows</source>
        <translation>
            <numerusform>Первая %n из %1 строк</numerusform>
            <numerusform>Первые %n из %1 строк</numerusform>
            <numerusform>Первые %n из %1 строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../app/ui/reports/busy.py" line="+19"/>
        <source>Computing...</source>
        <translation>Вычисление...</translation>
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
        <translation>17 символов</translation>
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
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Госномер</translation>
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
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage now</source>
        <translation>Пробег сейчас</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a car...</source>
        <translation>Добавить авто...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit car...</source>
        <translation>Изменить авто...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>≈ {0} km now</source>
        <translation>≈ {0} км сейчас</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../app/ui/settings/editor.py" line="+50"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new one from the form</source>
        <translation>Добавить новую запись из формы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form over the chosen line</source>
        <translation>Записать форму в выбранную строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/ui/reports/chart_panel.py" line="+72"/>
        <source>Nothing in this period</source>
        <translation>За этот период ничего нет</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../app/ui/clients/card.py" line="+82"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit details...</source>
        <translation>Изменить данные...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as departed...</source>
        <translation>Отметить как выбывшего...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Вернулся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with...</source>
        <translation>Объединить с...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New reminder...</source>
        <translation>Новое напоминание...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>client since {0}</source>
        <translation>клиент с {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>came from: {0}</source>
        <translation>источник: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred by {0} →</source>
        <translation>Рекомендовал(а) {0} →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits ({0})</source>
        <translation>Визиты ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars ({0})</source>
        <translation>Авто ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders ({0})</source>
        <translation>Напоминания ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients ({0})</source>
        <translation>Рекомендованные клиенты ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departed on {0}: {1}</source>
        <translation>Выбыл {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow contact</source>
        <translation>Разрешить контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact...</source>
        <translation>Не беспокоить...</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_dialog.py" line="+56"/>
        <source>Edit client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>050 123 45 67</source>
        <translation>050 123 45 67</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Рекомендовал(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First car (may be left empty)</source>
        <translation>Первое авто (можно не заполнять)</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="+96"/>
        <source>Loading...</source>
        <translation>Загрузка...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add to call list</source>
        <translation>Добавить в список обзвона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder to call each selected client (all when none)</source>
        <translation>Напоминание позвонить каждому выбранному клиенту (всем, если никто не выбран)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder note:</source>
        <translation>Примечание к напоминанию:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call on:</source>
        <translation>Позвонить:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding...</source>
        <translation>Добавление...</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Added %n reminder(s).</source>
        <translation>
            <numerusform>Добавлено %n напоминание.</numerusform>
            <numerusform>Добавлено %n напоминания.</numerusform>
            <numerusform>Добавлено %n напоминаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who asked not to be contacted.</source>
        <translation>
            <numerusform>Пропущен %n клиент, просивший не беспокоить.</numerusform>
            <numerusform>Пропущено %n клиента, просивших не беспокоить.</numerusform>
            <numerusform>Пропущено %n клиентов, просивших не беспокоить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n who left.</source>
        <translation>
            <numerusform>Пропущен %n выбывший клиент.</numerusform>
            <numerusform>Пропущено %n выбывших клиента.</numerusform>
            <numerusform>Пропущено %n выбывших клиентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/clients/picker.py" line="+45"/>
        <source>Type part of a name, phone or plate</source>
        <translation>Введите часть имени, телефона или госномера</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/client_picker.py" line="+33"/>
        <source>Name, phone or plate</source>
        <translation>Имя, телефон или госномер</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/table_model.py" line="+60"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plates</source>
        <translation>Госномера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>do not contact</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>выбыл</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../app/ui/reports/clients_dialog.py" line="-110"/>
        <source>do not contact</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on %1</source>
        <translation>выбыл %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/page.py" line="+44"/>
        <source>Search by name, phone or plate (Ctrl+F)</source>
        <translation>Поиск по имени, телефону или госномеру (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (a visit in the last year)</source>
        <translation>Активные (визит за последний год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost regulars</source>
        <translation>Потерянные постоянные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Выбывшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client (Ctrl+N)</source>
        <translation>Новый клиент (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {0} clients; scroll for more</source>
        <translation>Первые {0} клиентов; прокрутите, чтобы увидеть больше</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+26"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/model.py" line="-1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="-1"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/model.py" line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+53"/>
        <location filename="../../app/ui/visits/items.py" line="+44"/>
        <source>Service</source>
        <translation>Услуга</translation>
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
        <translation>Пробег, км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Km now (est.)</source>
        <translation>Км сейчас (прогноз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reminders/suggestions.py" line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="-5"/>
        <source>Remind about</source>
        <translation>Напомнить о</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/items.py" line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/visits/lines_model.py" line="+4"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="-8"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../app/ui/conflict.py" line="+44"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/connection.py" line="+42"/>
        <location line="+25"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A file on this computer (one desk)</source>
        <translation>Файл на этом компьютере (одно рабочее место)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s PostgreSQL server (several desks)</source>
        <translation>Сервер PostgreSQL сервиса (несколько рабочих мест)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
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
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The choice is this computer&apos;s and counts from the next login. Log in there with an account of that database.</source>
        <translation>Выбор действует для этого компьютера, начиная со следующего входа. Входите с учётной записью этой базы данных.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 to %2, as of %3; changes against the previous period and a year ago</source>
        <translation>%1 – %2, на %3; изменения к предыдущему периоду и к прошлому году</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+85"/>
        <location line="+1"/>
        <source>Mark as departed</source>
        <translation>Отметить как выбывшего</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; no longer comes to the shop.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; больше не приезжает в сервис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="+103"/>
        <source>Dismiss a reminder</source>
        <translation>Отклонить напоминание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold the car</source>
        <translation>Продал авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serviced elsewhere</source>
        <translation>Обслуживается в другом месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Не интересует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work already done</source>
        <translation>Работа уже выполнена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the call is not needed</source>
        <translation>Почему звонок не нужен</translation>
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
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. asked by phone not to call</source>
        <translation>напр., попросил по телефону не звонить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gets no calls or reminders.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; не получает звонков и напоминаний.</translation>
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
        <translation>Прогноз по записанному пробегу авто</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mileage reached</source>
        <translation>пробег достигнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by mileage</source>
        <translation>по пробегу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not contact</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed</source>
        <translation>выбыл</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../../app/ui/clients/refusals.py" line="+30"/>
        <source>Open that client</source>
        <translation>Открыть этого клиента</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error happened. Pitstop CRM keeps running; what you were doing may not have been finished, so please check it.

The details were written to the log file:
{0}</source>
        <translation>Произошла непредвиденная ошибка. Pitstop CRM продолжает работать, но начатое действие могло не завершиться, поэтому, пожалуйста, проверьте его.

Подробности записаны в журнал:
{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The task &apos;{0}&apos; failed.</source>
        <translation>Задача «{0}» не выполнена.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../app/ui/reports/exporting.py" line="+43"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown table as CSV...</source>
        <translation>Текущую таблицу в CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables as an Excel workbook...</source>
        <translation>Все таблицы в книгу Excel...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the tables</source>
        <translation>Экспорт таблиц</translation>
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
        <translation>Pitstop CRM: первый запуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the shop&apos;s server...</source>
        <translation>Использовать сервер сервиса...</translation>
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

Первый запуск: подготовка демонстрационных данных...
{0}</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../app/ui/inquiries/model.py" line="+88"/>
        <source>Converted</source>
        <translation>Стало визитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a visit</source>
        <translation>Связано с визитом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="+142"/>
        <source>A call or a walk-in: type the phone or the name, pick the source, press Enter. When a visit is saved for the client, the inquiry is offered for linking.</source>
        <translation>Звонок или визит без записи: введите телефон или имя, выберите источник, нажмите Enter. Когда для клиента сохранят визит, обращение будет предложено связать с ним.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../app/ui/reports/kpi_cards.py" line="+69"/>
        <source>vs previous period</source>
        <translation>к предыдущему периоду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year ago</source>
        <translation>к прошлому году</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Then: %1</source>
        <translation>Тогда: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/visits/labels.py" line="+9"/>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Не приехал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Пришёл сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/ui/settings/language.py" line="+35"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language will be used after Pitstop CRM is restarted.</source>
        <translation>Новый язык будет применён после перезапуска Pitstop CRM.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-143"/>
        <source>Pitstop CRM: log in</source>
        <translation>Pitstop CRM: вход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database...</source>
        <translation>База данных...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong passwords; try again in %1 s</source>
        <translation>Слишком много неверных паролей; повторите через %1 с</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>%1 (%2): log out</source>
        <translation>%1 (%2): выйти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and let another person log in (Ctrl+Shift+L)</source>
        <translation>Выйти, чтобы вошёл другой пользователь (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>MastersEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+148"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Works here</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works here (offered for new visits)</source>
        <translation>Работает (предлагается для новых визитов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/clients/flag_dialogs.py" line="+18"/>
        <source>Merge clients</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the duplicate of &lt;b&gt;{0}&lt;/b&gt;. Its cars, visits, inquiries and reminders move to {0}, and the duplicate is deleted.</source>
        <translation>Найдите дубликат клиента &lt;b&gt;{0}&lt;/b&gt;. Его авто, визиты, обращения и напоминания перейдут к {0}, а дубликат будет удалён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
</context>
<context>
    <name>NamedEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="-117"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/pages.py" line="+24"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquiries</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="+38"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in as</source>
        <translation>Вы вошли как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="+96"/>
        <source>Save as PDF...</source>
        <translation>Сохранить в PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, на %3</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../app/ui/reports/period.py" line="+44"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count only what was known on this evening</source>
        <translation>Учитывать только то, что было известно на вечер этого дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../app/ui/clients/privacy.py" line="+36"/>
        <source>Privacy</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export client data...</source>
        <translation>Выгрузить данные клиента...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise...</source>
        <translation>Обезличить...</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Export client data</source>
        <translation>Выгрузить данные клиента</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stored about the client was saved to {0}.</source>
        <translation>Все данные о клиенте сохранены в {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Anonymise client</source>
        <translation>Обезличить клиента</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anonymise &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The name, phone, email, notes, plates, VINs and the notes of visits, reminders and inquiries are erased for good. Visits and amounts stay, so the reports do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Обезличить клиента &lt;b&gt;{0}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Имя, телефон, эл. почта, заметки, госномера, VIN и примечания визитов, напоминаний и обращений будут удалены навсегда. Визиты и суммы останутся, поэтому отчёты не изменятся.&lt;br&gt;&lt;br&gt;&lt;b&gt;Это нельзя отменить.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../app/ui/inquiries/page.py" line="-88"/>
        <source>Phone and / or name (empty: anonymous)</source>
        <translation>Телефон и / или имя (пусто: аноним)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log (Enter)</source>
        <translation>Записать (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>RecentVisits</name>
    <message>
        <location filename="../../app/ui/visits/recent.py" line="+32"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/visits/errors.py" line="+35"/>
        <source>Line {line}, {part}: {text}</source>
        <translation>Строка {line}, {part}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="+57"/>
        <source>PostgreSQL is backed up with its own tools: use pg_dump</source>
        <translation>резервные копии PostgreSQL делаются его собственными средствами: используйте pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL is restored with its own tools: use pg_restore or psql</source>
        <translation>PostgreSQL восстанавливается собственными средствами: используйте pg_restore или psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files</source>
        <translation>PostgreSQL проверяет свои данные сам: используйте pg_amcheck; pitstop check — для файлов SQLite</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an in-memory database has no file to {action}</source>
        <translation>у базы данных в памяти нет файла для действия «{action}»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>there is no database at {path}</source>
        <translation>по пути {path} нет базы данных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup cannot replace the database itself</source>
        <translation>резервная копия не может заменить саму базу данных</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>there is no file {path}</source>
        <translation>файла {path} нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the database itself, not a backup</source>
        <translation>это сама база данных, а не резервная копия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a sound Pitstop database: {problems}</source>
        <translation>{path} — повреждённая база Pitstop: {problems}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the backup could not be put in place: {reason}</source>
        <translation>не удалось поставить резервную копию на место: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/demo/writer.py" line="+56"/>
        <source>must be at least 1</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {max}</source>
        <translation>должно быть от 1 до {max}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already has {count} clients: demo data goes only into an empty database</source>
        <translation>уже содержит клиентов: {count}; демонстрационные данные добавляются только в пустую базу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already has {table}: demo data goes only into an empty database</source>
        <translation>уже содержит {table}: демонстрационные данные добавляются только в пустую базу</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="+84"/>
        <location filename="../../app/services/checks.py" line="+48"/>
        <location filename="../../app/services/settings.py" line="+72"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must lie between {min} and {max}</source>
        <translation>должно быть от {min} до {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/checks.py" line="+9"/>
        <source>must be at least {min}</source>
        <translation>должно быть не меньше {min}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>«{value}» — не 0 и не 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not a date like 2025-03-01</source>
        <translation>«{value}» — не дата вида 2025-03-01</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not a date and time like 2025-03-01 09:30</source>
        <translation>«{value}» — не дата и время вида 2025-03-01 09:30</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>«{value}» — не одно из значений: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+112"/>
        <source>no department {id}</source>
        <translation>нет отдела {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="+68"/>
        <source>Your role does not allow this; ask the owner.</source>
        <translation>Ваша роль этого не позволяет; обратитесь к владельцу.</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="+60"/>
        <source>the owner&apos;s account already exists; log in</source>
        <translation>учётная запись владельца уже существует; войдите</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the program&apos;s own account has no password</source>
        <translation>у служебной учётной записи программы нет пароля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current password is not right</source>
        <translation>текущий пароль неверен</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too many wrong passwords; try again in {seconds} s</source>
        <translation>слишком много неверных паролей; повторите через {seconds} с</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a login has no spaces</source>
        <translation>логин не может содержать пробелов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this login is taken</source>
        <translation>этот логин уже занят</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a password needs at least {count} characters</source>
        <translation>пароль должен содержать не меньше {count} символов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a password has at most {count} characters</source>
        <translation>пароль может содержать не больше {count} символов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password cannot contain a NUL character</source>
        <translation>пароль не может содержать символ NUL</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shop needs at least one active owner</source>
        <translation>в сервисе должен быть хотя бы один активный владелец</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be owner or admin</source>
        <translation>должно быть «владелец» или «администратор»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such account</source>
        <translation>такой учётной записи нет</translation>
    </message>
    <message>
        <location filename="../../app/services/book.py" line="+71"/>
        <source>must not be before the first day</source>
        <translation>не может быть раньше первого дня</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../app/services/visits.py" line="+259"/>
        <source>&apos;{value}&apos; is not a visit status</source>
        <translation>«{value}» — не статус визита</translation>
    </message>
    <message>
        <location filename="../../app/services/call_list.py" line="+51"/>
        <source>choose at least one client</source>
        <translation>выберите хотя бы одного клиента</translation>
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
        <translation>не может быть в прошлом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {max} characters</source>
        <translation>не больше {max} символов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no client with id {id}</source>
        <translation>нет клиента с ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="+268"/>
        <source>&apos;{name}&apos; already exists</source>
        <translation>«{name}» уже существует</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/services/client_status.py" line="+84"/>
        <location filename="../../app/services/visits.py" line="+54"/>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../app/services/checks.py" line="-34"/>
        <source>must be chosen</source>
        <translation>нужно выбрать</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>there is no record with id {id}</source>
        <translation>нет записи с ID {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/money.py" line="+24"/>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/money.py" line="+28"/>
        <location line="+9"/>
        <location line="+16"/>
        <location filename="../../app/services/settings.py" line="+3"/>
        <source>must be above zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../app/exchange/cells.py" line="-47"/>
        <location filename="../../app/services/checks.py" line="+6"/>
        <location filename="../../app/services/money.py" line="-42"/>
        <location line="+54"/>
        <source>must be at most {max}</source>
        <translation>должно быть не больше {max}</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="-40"/>
        <source>must be given</source>
        <translation>нужно указать</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>a client cannot be merged with itself</source>
        <translation>клиента нельзя объединить с самим собой</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="-15"/>
        <source>{phone} is the phone of another client</source>
        <translation>{phone} — телефон другого клиента</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>«{value}» — не адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+42"/>
        <location filename="../../app/services/clients.py" line="+13"/>
        <location filename="../../app/services/inquiries.py" line="+97"/>
        <location filename="../../app/services/reminders.py" line="-82"/>
        <source>must not be in the future</source>
        <translation>не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../../app/services/clients.py" line="+5"/>
        <source>must not be after the day the client left</source>
        <translation>не может быть позже дня выбытия клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client cannot refer itself</source>
        <translation>клиент не может рекомендовать сам себя</translation>
    </message>
    <message>
        <location filename="../../app/services/client_status.py" line="+3"/>
        <source>must not be before the registration date</source>
        <translation>не может быть раньше даты регистрации</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+57"/>
        <source>This record was changed after you opened it; reload it and make your change again.</source>
        <translation>Эту запись изменили после того, как вы её открыли; обновите её и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record was changed by {who} at {when} after you opened it; reload it and make your change again.</source>
        <translation>Эту запись изменил(а) {who} в {when} после того, как вы её открыли; обновите её и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/services/inquiries.py" line="-10"/>
        <location filename="../../app/services/visits.py" line="-104"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>«{value}» — не дата и время</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/visits.py" line="+5"/>
        <source>must be a local time without a zone</source>
        <translation>должно быть местное время без часового пояса</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{value}&apos; is not an inquiry channel</source>
        <translation>«{value}» — не канал обращения</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>the visit is of another client</source>
        <translation>это визит другого клиента</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="-61"/>
        <source>&apos;{value}&apos; is not an amount like 1250.50</source>
        <translation>«{value}» — не сумма вида 1250.50</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{value}&apos; is not a quantity like 1 or 4.5</source>
        <translation>«{value}» — не количество вида 1 или 4.5</translation>
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
        <translation>не больше трёх знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../app/services/normalize.py" line="+28"/>
        <source>holds a character that cannot be stored</source>
        <translation>содержит символ, который нельзя сохранить</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <location filename="../../app/services/settings.py" line="+23"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <location line="+32"/>
        <source>is longer than {max} characters</source>
        <translation>длиннее {max} символов</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>«{value}» — не номер телефона</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must have 17 characters, not {count}</source>
        <translation>должен содержать 17 символов, а не {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may hold only digits and letters other than I, O and Q</source>
        <translation>может содержать только цифры и буквы, кроме I, O и Q</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+190"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client is already anonymised</source>
        <translation>клиент уже обезличен</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="+27"/>
        <source>must be a day in the future</source>
        <translation>должен быть день в будущем</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../app/services/visits.py" line="+7"/>
        <source>the car belongs to another client</source>
        <translation>авто принадлежит другому клиенту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a due date, a due mileage or both</source>
        <translation>укажите дату, пробег или и то, и другое</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reminder is already {status}</source>
        <translation>у напоминания уже статус «{status}»</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="-59"/>
        <source>is not a setting</source>
        <translation>не является настройкой</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the B threshold must lie above the A threshold and &lt;= 1</source>
        <translation>порог B должен быть выше порога A и &lt;= 1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must lie between 0 and 1</source>
        <translation>должно быть от 0 до 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a country code like UA</source>
        <translation>«{value}» — не код страны вида UA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a currency code like UAH</source>
        <translation>«{value}» — не код валюты вида UAH</translation>
    </message>
    <message>
        <location filename="../../app/services/vehicles.py" line="+90"/>
        <source>{value} is already recorded for another car</source>
        <translation>{value} уже записан для другого авто</translation>
    </message>
    <message>
        <location filename="../../app/services/visits.py" line="+11"/>
        <source>{name} no longer works here</source>
        <translation>{name} здесь больше не работает</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a visit that has not started cannot be completed</source>
        <translation>визит, который ещё не начался, нельзя завершить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{mileage} km is less than {other} km recorded on {on}</source>
        <translation>{mileage} км меньше, чем {other} км, записанные {on}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mileage} km is more than {other} km recorded later, on {on}</source>
        <translation>{mileage} км больше, чем {other} км, записанные позже, {on}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="+94"/>
        <source>cannot connect: {reason}</source>
        <translation>не удалось подключиться: {reason}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The database is busy (a long save elsewhere): nothing was saved; try again.</source>
        <translation>База данных занята (где-то идёт долгое сохранение): ничего не сохранено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/commands/user.py" line="+92"/>
        <source>no account {login}</source>
        <translation>нет учётной записи {login}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders/alerts.py" line="+48"/>
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n напоминание на сегодня</numerusform>
            <numerusform>%n напоминания на сегодня</numerusform>
            <numerusform>%n напоминаний на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pitstop CRM: %n reminder(s) due today</source>
        <translation>
            <numerusform>Pitstop CRM: %n напоминание на сегодня</numerusform>
            <numerusform>Pitstop CRM: %n напоминания на сегодня</numerusform>
            <numerusform>Pitstop CRM: %n напоминаний на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reminder(s) to call</source>
        <translation>
            <numerusform>%n напоминание о звонке</numerusform>
            <numerusform>%n напоминания о звонках</numerusform>
            <numerusform>%n напоминаний о звонках</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../app/ui/reminders/edit_dialog.py" line="+78"/>
        <source>New reminder</source>
        <translation>Новое напоминание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By mileage</source>
        <translation>По пробегу</translation>
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
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a date and a mileage the reminder is due by whichever comes first.</source>
        <translation>Если заданы и дата, и пробег, напоминание сработает по тому, что наступит раньше.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no car)</source>
        <translation>(без авто)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no service)</source>
        <translation>(без услуги)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No mileage recorded for this car yet</source>
        <translation>Для этого авто пробег ещё не записан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last reading {0} km on {1}</source>
        <translation>Последнее показание: {0} км, {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now about {0} km ({1} km a day)</source>
        <translation>Сейчас около {0} км ({1} км в день)</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="+39"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../app/ui/reminders/page.py" line="+83"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show do-not-contact and departed clients</source>
        <translation>Показывать клиентов «не беспокоить» и выбывших</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was reached: the work is booked or done</source>
        <translation>С клиентом связались: работа записана или выполнена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Отложить...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss...</source>
        <translation>Отклонить...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upcoming: the next</source>
        <translation>Ближайшие:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading...</source>
        <translation>Загрузка...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updated at {0}</source>
        <translation>Обновлено в {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Просроченные (%n)</numerusform>
            <numerusform>Просроченные (%n)</numerusform>
            <numerusform>Просроченные (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>На сегодня (%n)</numerusform>
            <numerusform>На сегодня (%n)</numerusform>
            <numerusform>На сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Ближайшие (%n)</numerusform>
            <numerusform>Ближайшие (%n)</numerusform>
            <numerusform>Ближайшие (%n)</numerusform>
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
        <translation>Пробег, км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>snoozed to {0}</source>
        <translation>отложено до {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done on {0}</source>
        <translation>выполнено {0}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../app/ui/reports/charts.py" line="+51"/>
        <location line="+18"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+173"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Departed</source>
        <translation>Выбыли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total clients</source>
        <translation>Всего клиентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and departed clients by month; the line is the client base</source>
        <translation>Новые и выбывшие клиенты по месяцам; линия — клиентская база</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="-58"/>
        <source>Inquiries</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+1"/>
        <source>Converted</source>
        <translation>Стали визитом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients referred</source>
        <translation>Рекомендовано клиентов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who brought new clients</source>
        <translation>Кто привёл новых клиентов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departed clients</source>
        <translation>Выбывшие клиенты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By reason</source>
        <translation>По причинам</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days since the last visit</source>
        <translation>Дней с последнего визита</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the last visit, richest clients first</source>
        <translation>Дней с последнего визита, сначала самые ценные клиенты</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/reports/dashboard.py" line="-81"/>
        <location filename="../../app/ui/reports/shop_charts.py" line="+47"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pareto: revenue by client (A, B, C) and the running share</source>
        <translation>Парето: выручка по клиентам (A, B, C) и накопленная доля</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Clients by segment</source>
        <translation>Клиенты по сегментам</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients by recency (R) and frequency (F)</source>
        <translation>Клиенты по давности (R) и частоте (F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of each cohort coming back, by month after the first visit</source>
        <translation>Доля вернувшихся из каждой когорты по месяцам после первого визита</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months after the first visit</source>
        <translation>Месяцев после первого визита</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clients by kind</source>
        <translation>Клиенты по типам</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard.py" line="+3"/>
        <source>Top spenders</source>
        <translation>Крупнейшие клиенты</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/shop_charts.py" line="-127"/>
        <source>Active clients using it</source>
        <translation>Активные клиенты, пользующиеся им</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of active clients using each department</source>
        <translation>Доля активных клиентов, пользующихся каждым отделом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used the row&apos;s department but not the column&apos;s</source>
        <translation>Пользовались отделом строки, но не отделом столбца</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revenue by month and department</source>
        <translation>Выручка по месяцам и отделам</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Completed visits by weekday and hour</source>
        <translation>Завершённые визиты по дням недели и часам</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inquiries and the visits they became, by day</source>
        <translation>Обращения и ставшие из них визиты, по дням</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inquiries and the visits they became, by week</source>
        <translation>Обращения и ставшие из них визиты, по неделям</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revenue by master</source>
        <translation>Выручка по мастерам</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First visits by department and how many came back within a year</source>
        <translation>Первые визиты по отделам и сколько клиентов вернулись в течение года</translation>
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
        <translation>Причина оттока</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+37"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/lost.py" line="+32"/>
        <location filename="../../app/reports/pdf/summary.py" line="+24"/>
        <location filename="../../app/reports/rfm.py" line="-17"/>
        <location filename="../../app/reports/segments.py" line="+28"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/gaps.py" line="+4"/>
        <location filename="../../app/reports/lost.py" line="+1"/>
        <location filename="../../app/reports/pdf/summary.py" line="+1"/>
        <location filename="../../app/reports/segments.py" line="+1"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
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
        <translation>Визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="+7"/>
        <location filename="../../app/reports/pdf/summary.py" line="+6"/>
        <location filename="../../app/reports/rfm.py" line="+1"/>
        <location line="+9"/>
        <source>Lifetime revenue</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/lost.py" line="-5"/>
        <location filename="../../app/reports/pdf/summary.py" line="-5"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
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
        <translation>Удержано по месяцам</translation>
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
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Converted</source>
        <translation>Стали визитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/sources.py" line="+1"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="-13"/>
        <location filename="../../app/reports/trends.py" line="-3"/>
        <source>Department ID</source>
        <translation>ID отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+21"/>
        <location filename="../../app/reports/trends.py" line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Пользуются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Не пользуются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penetration</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used department</source>
        <translation>Используемый отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used department</source>
        <translation>Неиспользуемый отдел</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/reports/rfm.py" line="-13"/>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Client ID</source>
        <translation>ID клиента</translation>
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
        <translation>Выручка за 365 дней</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+30"/>
        <location filename="../../app/reports/trends.py" line="-2"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/retention.py" line="+2"/>
        <location filename="../../app/reports/sources.py" line="-4"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Выбыли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total clients</source>
        <translation>Всего клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="-2"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/pdf/shop.py" line="+253"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+48"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Год назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+2"/>
        <source>First visit</source>
        <translation>Первый визит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average interval, days</source>
        <translation>Средний интервал, дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/rfm.py" line="+2"/>
        <source>Days since last visit</source>
        <translation>Дней с последнего визита</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="-2"/>
        <source>Employee ID</source>
        <translation>ID сотрудника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/reports/top.py" line="+3"/>
        <location filename="../../app/reports/trends.py" line="+3"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/reports/top.py" line="+1"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1-2</source>
        <translation>Оценки 1–2</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="+3"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+4"/>
        <source>Usually every, days</source>
        <translation>Обычно каждые, дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since</source>
        <translation>Прошло дней</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+17"/>
        <source>Referrer ID</source>
        <translation>ID рекомендателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Рекомендатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Рекомендовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred clients</source>
        <translation>Рекомендованные клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of referred</source>
        <translation>Выручка рекомендованных</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="-1"/>
        <source>Department name</source>
        <translation>Название отдела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Доля вернувшихся</translation>
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
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="-2"/>
        <source>Source ID</source>
        <translation>ID источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue of new clients</source>
        <translation>Выручка новых клиентов</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="-5"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+2"/>
        <source>Share of month</source>
        <translation>Доля месяца</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../../app/ui/reports/drill.py" line="+80"/>
        <location line="+43"/>
        <source>Departed in {0}</source>
        <translation>Выбыли в {0}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>First visits in {0}</source>
        <translation>Первые визиты в {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered in {0}</source>
        <translation>Зарегистрированы в {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New clients from {0}</source>
        <translation>Новые клиенты из источника {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred by {0}</source>
        <translation>Рекомендованы клиентом {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departed: {0}</source>
        <translation>Выбыли: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use {0} but not {1}</source>
        <translation>Пользуются {0}, но не {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active clients using {0}</source>
        <translation>Активные клиенты, пользующиеся {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+156"/>
        <source>Active clients not using {0}</source>
        <translation>Активные клиенты, не пользующиеся {0}</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Offer: {0}</source>
        <translation>Предложить: {0}</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} in {1}</source>
        <translation>{0} в {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits on {0} at {1}:00</source>
        <translation>Визиты: {0} в {1}:00</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Converted inquiries of {0}</source>
        <translation>Обращения, ставшие визитами, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries of {0}</source>
        <translation>Обращения за {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients of {0}</source>
        <translation>Клиенты мастера {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>At risk: invite back</source>
        <translation>Под угрозой: пригласите снова</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Cohort {0}, month +{1}</source>
        <translation>Когорта {0}, месяц +{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Came back after a first visit: {0}</source>
        <translation>Вернулись после первого визита: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First visits: {0}</source>
        <translation>Первые визиты: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lost clients</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost client: invite back</source>
        <translation>Потерянный клиент: пригласите снова</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cohort {0}: never came back</source>
        <translation>Когорта {0}: не вернулись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit only: invite back</source>
        <translation>Только один визит: пригласите снова</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/reports/pdf/clients.py" line="-257"/>
        <source>No clients registered by the end of the period.</source>
        <translation>К концу периода не зарегистрировано ни одного клиента.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <location filename="../../app/reports/pdf/shop.py" line="-220"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Departed</source>
        <translation>Выбыли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total clients (right axis)</source>
        <translation>Всего клиентов (правая ось)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and departed clients per month, total clients at the month&apos;s end</source>
        <translation>Новые и выбывшие клиенты за месяц, всего клиентов на конец месяца</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/reports/pdf/shop.py" line="+246"/>
        <source>Inquiries</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted inquiries</source>
        <translation>Обращения, ставшие визитами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New clients and inquiries per source</source>
        <translation>Новые клиенты и обращения по источникам</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referred clients</source>
        <translation>Рекомендованные клиенты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients referred, top {n} referrers (with their referrals&apos; revenue)</source>
        <translation>Рекомендованные клиенты, {n} лучших рекомендателей (с выручкой от рекомендованных)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <location line="+24"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Departed clients by reason</source>
        <translation>Выбывшие клиенты по причинам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Departures per month, by reason</source>
        <translation>Выбытия по месяцам и причинам</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days since the last visit</source>
        <translation>Дней с последнего визита</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since the last visit: the {n} with the highest lifetime revenue</source>
        <translation>Дней с последнего визита: {n} клиентов с наибольшей выручкой за всё время</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Class {abc}</source>
        <translation>Класс {abc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cumulative share of revenue (right axis)</source>
        <translation>Накопленная доля выручки (правая ось)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revenue of the top {n} clients ({currency}) and its cumulative share</source>
        <translation>Выручка {n} лучших клиентов ({currency}) и её накопленная доля</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clients per segment (with their lifetime revenue)</source>
        <translation>Клиенты по сегментам (с выручкой за всё время)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients by recency score (R) and frequency score (F)</source>
        <translation>Клиенты по оценке давности (R) и частоты (F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/reports/pdf/layout.py" line="+23"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (the last {n} cohorts)</source>
        <translation> (последние когорты: {n})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients of each cohort with a completed visit in month +k (+0 = all).</source>
        <translation>Клиенты каждой когорты с завершённым визитом в месяце +k (+0 = все).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocates</source>
        <translation>Сторонники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Недовольные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clients per kind</source>
        <translation>Клиенты по типам</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/document.py" line="+93"/>
        <source>Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}</source>
        <translation>Период {start} – {end}  ·  на {as_of}  ·  создан {day} {time}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page {number} of {total}</source>
        <translation>страница {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/layout.py" line="-1"/>
        <source>Departed clients</source>
        <translation>Выбывшие клиенты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/shop.py" line="-249"/>
        <location line="+286"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients served</source>
        <translation>Обслужено клиентов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Дней между визитами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits by returning clients</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vs previous</source>
        <translation>к предыдущему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs year ago</source>
        <translation>к прошлому году</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year ago</source>
        <translation>Год назад</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Penetration</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active clients who used each department in the last 365 days</source>
        <translation>Активные клиенты, пользовавшиеся каждым отделом за последние 365 дней</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call to offer {name}: active clients who have not used it</source>
        <translation>Позвонить и предложить {name}: активные клиенты, которые им не пользовались</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every active client has used it.</source>
        <translation>Им уже пользовались все активные клиенты.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revenue per month by department ({currency})</source>
        <translation>Выручка по месяцам и отделам ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed visits in this period.</source>
        <translation>За этот период нет завершённых визитов.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Converted</source>
        <translation>Стали визитом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion (right axis)</source>
        <translation>Конверсия (правая ось)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inquiries and converted inquiries per month</source>
        <translation>Обращения и ставшие визитами обращения по месяцам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiries and converted inquiries per day</source>
        <translation>Обращения и ставшие визитами обращения по дням</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue per master</source>
        <translation>Выручка по мастерам</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Return rate</source>
        <translation>Доля вернувшихся</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="+14"/>
        <source>Key numbers</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client base growth</source>
        <translation>Рост клиентской базы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why clients left</source>
        <translation>Почему клиенты ушли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client left in this period.</source>
        <translation>За этот период ни один клиент не ушёл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department gaps</source>
        <translation>Пробелы по отделам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top {n} clients by revenue</source>
        <translation>{n} лучших клиентов по выручке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top clients</source>
        <translation>Лучшие клиенты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call list: lost regular clients ({n})</source>
        <translation>Список обзвона: потерянные постоянные клиенты ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients with 2 or more visits whose last visit is longer ago than both 90 days and twice their usual interval; neither departed nor do-not-contact. Most valuable first.</source>
        <translation>Клиенты с 2 и более визитами, у которых последний визит был раньше, чем 90 дней назад и чем их двойной обычный интервал; не выбывшие и не «не беспокоить». Сначала самые ценные.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody to call.</source>
        <translation>Звонить некому.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/tables.py" line="+65"/>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/values.py" line="+64"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../app/ui/reports/printing.py" line="-73"/>
        <source>The first %1 of %2 rows; the PDF has them all.</source>
        <translation>Первые %1 из %2 строк; в PDF есть все.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../app/ui/reports/tables.py" line="+32"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used but not</source>
        <translation>Пользовались, но не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R x F</source>
        <translation>R x F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month +{n}</source>
        <translation>Месяц +{n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/reports/output.py" line="+83"/>
        <source>{title}: {start} .. {end} (as of {as_of})</source>
        <translation>{title}: {start} .. {end} (на {as_of})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no rows)</source>
        <translation>(нет строк)</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../app/ui/reports/values.py" line="+31"/>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocates</source>
        <translation>Сторонники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainers</source>
        <translation>Недовольные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between visits</source>
        <translation>Дней между визитами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning clients&apos; visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source</source>
        <translation>без источника</translation>
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
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/view.py" line="+88"/>
        <source>Candidates for: (choose a department)</source>
        <translation>Кандидаты для: (выберите отдел)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show top </source>
        <translation>Показать первые </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to call list...</source>
        <translation>Добавить в список обзвона...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2, as of %3</source>
        <translation>%1 – %2, на %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved the PDF to %1</source>
        <translation>PDF сохранён: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Сохранена %n строка в %1</numerusform>
            <numerusform>Сохранено %n строки в %1</numerusform>
            <numerusform>Сохранено %n строк в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Clients of the selected cohort who never came back</source>
        <translation>Клиенты выбранной когорты, которые не вернулись</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/reports/churn.py" line="+79"/>
        <source>Churn by reason</source>
        <translation>Отток по причинам</translation>
    </message>
    <message>
        <location filename="../../app/reports/cohorts.py" line="+54"/>
        <source>Cohorts by first visit</source>
        <translation>Когорты по первому визиту</translation>
    </message>
    <message>
        <location filename="../../app/reports/conversion.py" line="+48"/>
        <source>Inquiry conversion</source>
        <translation>Конверсия обращений</translation>
    </message>
    <message>
        <location filename="../../app/reports/gaps.py" line="+182"/>
        <source>Department gaps</source>
        <translation>Пробелы по отделам</translation>
    </message>
    <message>
        <location filename="../../app/reports/growth.py" line="+72"/>
        <source>Client base growth</source>
        <translation>Рост клиентской базы</translation>
    </message>
    <message>
        <location filename="../../app/reports/heatmap.py" line="+29"/>
        <source>Busy hours</source>
        <translation>Загрузка по часам</translation>
    </message>
    <message>
        <location filename="../../app/reports/kpi.py" line="+133"/>
        <source>Key numbers</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/lost.py" line="+83"/>
        <source>Lost regular clients</source>
        <translation>Потерянные постоянные клиенты</translation>
    </message>
    <message>
        <location filename="../../app/reports/masters.py" line="+45"/>
        <source>Masters</source>
        <translation>Мастера</translation>
    </message>
    <message>
        <location filename="../../app/reports/referrals.py" line="+51"/>
        <source>Referrals</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../app/reports/retention.py" line="+59"/>
        <source>Return after the first visit</source>
        <translation>Возврат после первого визита</translation>
    </message>
    <message>
        <location filename="../../app/reports/rfm.py" line="+141"/>
        <source>RFM segments</source>
        <translation>RFM-сегменты</translation>
    </message>
    <message>
        <location filename="../../app/reports/segments.py" line="+111"/>
        <source>Advocates and complainers</source>
        <translation>Сторонники и недовольные</translation>
    </message>
    <message>
        <location filename="../../app/reports/sources.py" line="+80"/>
        <source>Marketing sources</source>
        <translation>Маркетинговые источники</translation>
    </message>
    <message>
        <location filename="../../app/reports/top.py" line="+86"/>
        <source>Top clients</source>
        <translation>Лучшие клиенты</translation>
    </message>
    <message>
        <location filename="../../app/reports/trends.py" line="+61"/>
        <source>Department trends</source>
        <translation>Динамика отделов</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf/summary.py" line="-64"/>
        <source>Owner&apos;s summary</source>
        <translation>Сводка для владельца</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../app/ui/settings/editors.py" line="+39"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remind, months</source>
        <translation>Напом., мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind, km</source>
        <translation>Напом., км</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind every, months</source>
        <translation>Напоминать каждые, мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind every, km</source>
        <translation>Напоминать каждые, км</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-48"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="+67"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masters</source>
        <translation>Мастера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn reasons</source>
        <translation>Причины оттока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My account</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database...</source>
        <translation>База данных...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s database: a file, or the shop&apos;s PostgreSQL server</source>
        <translation>База данных этого компьютера: файл или сервер PostgreSQL сервиса</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Настройки</translation>
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
        <translation>ISO-код валюты на всех экранах и в отчётах, напр. UAH, EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of phone numbers typed without +, e.g. UA, MD, PL</source>
        <translation>Страна номеров, введённых без +, напр. UA, MD, PL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/ui/reminders/outcomes.py" line="-40"/>
        <source>Snooze a reminder</source>
        <translation>Отложить напоминание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said (optional)</source>
        <translation>Что сказал клиент (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide until</source>
        <translation>Скрыть до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../app/ui/reminders/suggestions.py" line="+111"/>
        <source>Reminders after the visit</source>
        <translation>Напоминания после визита</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This visit suggests the reminders below. Untick the ones you do not want, or edit one before saving.</source>
        <translation>По этому визиту предлагаются напоминания ниже. Снимите отметку с ненужных или измените нужное перед сохранением.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Declined at the visit on {0}</source>
        <translation>Отказался на визите {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Save %n reminder(s)</source>
        <translation>
            <numerusform>Сохранить %n напоминание</numerusform>
            <numerusform>Сохранить %n напоминания</numerusform>
            <numerusform>Сохранить %n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location line="-136"/>
        <source>Declined work</source>
        <translation>Отказ от работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next service</source>
        <translation>Следующее обслуживание</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pending reminder about this service will be marked done.</source>
        <translation>Текущее напоминание об этой услуге будет отмечено выполненным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already due: the visit was entered after the date.</source>
        <translation>Срок уже наступил: визит внесли после этой даты.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/page.py" line="+50"/>
        <source>Loading...</source>
        <translation>Загрузка...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No visits booked for today.</source>
        <translation>На сегодня записей нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln reminder(s) due today</source>
        <translation>
            <numerusform>%Ln напоминание на сегодня</numerusform>
            <numerusform>%Ln напоминания на сегодня</numerusform>
            <numerusform>%Ln напоминаний на сегодня</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders due today.</source>
        <translation>На сегодня напоминаний нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
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
            <numerusform>%Ln завершённый визит</numerusform>
            <numerusform>%Ln завершённых визита</numerusform>
            <numerusform>%Ln завершённых визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln pending reminder(s)</source>
        <translation>
            <numerusform>%Ln активное напоминание</numerusform>
            <numerusform>%Ln активных напоминания</numerusform>
            <numerusform>%Ln активных напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln запланирован</numerusform>
            <numerusform>%Ln запланировано</numerusform>
            <numerusform>%Ln запланировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln завершён</numerusform>
            <numerusform>%Ln завершено</numerusform>
            <numerusform>%Ln завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln отменён</numerusform>
            <numerusform>%Ln отменено</numerusform>
            <numerusform>%Ln отменено</numerusform>
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
        <translation>выручка %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln inquiry(s)</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s visits</source>
        <translation>Визиты сегодня</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/clients/car_form.py" line="+47"/>
        <source>Edit car</source>
        <translation>Изменить авто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a car</source>
        <translation>Добавить авто</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialog.py" line="+73"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the visit</source>
        <translation>Завершить визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the visit</source>
        <translation>Изменить визит</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>To save it anyway, say why in the mileage note.</source>
        <translation>Чтобы всё же сохранить, укажите причину в примечании к пробегу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked as departed. Has the client returned?</source>
        <translation>%1 отмечен как выбывший. Клиент вернулся?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning client</source>
        <translation>Клиент вернулся</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The client has %n open inquiry(s) from the last 14 days:</source>
        <translation>
            <numerusform>У клиента %n открытое обращение за последние 14 дней:</numerusform>
            <numerusform>У клиента %n открытых обращения за последние 14 дней:</numerusform>
            <numerusform>У клиента %n открытых обращений за последние 14 дней:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link them to this visit?</source>
        <translation>
            <numerusform>Связать его с этим визитом?</numerusform>
            <numerusform>Связать их с этим визитом?</numerusform>
            <numerusform>Связать их с этим визитом?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inquiries</source>
        <translation>Открытые обращения</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../app/ui/visits/form.py" line="+75"/>
        <source>km on the odometer</source>
        <translation>км на одометре</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the reading is lower (e.g. new odometer)</source>
        <translation>Почему показание меньше (напр., новый одометр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage note</source>
        <translation>Примечание к пробегу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rating</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
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
        <translation>К&amp;огда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mileage</source>
        <translation>&amp;Пробег</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mas&amp;ter</source>
        <translation>&amp;Мастер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rating</source>
        <translation>О&amp;ценка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback</source>
        <translation>Отз&amp;ыв</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Work and parts (type a few letters of a service)</source>
        <translation>&amp;Работы и запчасти (введите несколько букв услуги)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no car)</source>
        <translation>(без авто)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no master)</source>
        <translation>(без мастера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left)</source>
        <translation>%1 (уволен)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined %1 not counted</source>
        <translation>отказы на %1 не учтены</translation>
    </message>
</context>
<context>
    <name>VisitLinesModel</name>
    <message>
        <location filename="../../app/ui/visits/lines_model.py" line="+78"/>
        <source>declined</source>
        <translation>отказ</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../app/ui/clients/texts.py" line="-6"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>не приехал</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/page.py" line="+32"/>
        <source>Appointment book</source>
        <translation>Журнал записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent visits</source>
        <translation>Последние визиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit (Ctrl+Shift+N)</source>
        <translation>Новый визит (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/clients/card_tabs.py" line="-153"/>
        <source>Date / work</source>
        <translation>Дата / работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mileage</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>declined</source>
        <translation>отказ</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../app/ui/settings/accounts.py" line="-31"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <location filename="../../app/ui/login.py" line="+38"/>
        <source>The owner&apos;s account</source>
        <translation>Учётная запись владельца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password of at least %1 characters. Keep it safe: it opens everything.</source>
        <translation>Пароль не короче %1 символов. Храните его надёжно: он открывает всё.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <location line="-44"/>
        <source>Welcome to Pitstop CRM</source>
        <translation>Добро пожаловать в Pitstop CRM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no accounts yet. Name your shop and create the owner&apos;s account: the owner sees every report, manages the settings and the other accounts of the front desk.</source>
        <translation>В этой базе ещё нет учётных записей. Укажите название сервиса и создайте учётную запись владельца: владелец видит все отчёты, управляет настройками и учётными записями администраторов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pitstop Service, Kyiv</source>
        <translation>напр., Pitstop Service, Киев</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop name</source>
        <translation>Название сервиса</translation>
    </message>
</context>
</TS>
